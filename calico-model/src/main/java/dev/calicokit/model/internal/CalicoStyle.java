package dev.calicokit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one {@link Value.Style} shared by every value type of the model.
 *
 * <p>Plain accessor names ({@code spec()}, not {@code getSpec()}), JDK collections only (no Guava on
 * the user's class path), and {@code Optional} attributes that accept {@code null} in builders so that
 * code copying from nullable sources stays short.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    optionalAcceptNullable = true,
    depluralize = true,
    forceJacksonPropertyNames = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC)
public @interface CalicoStyle {}
