package dev.calicokit.model.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one {@link Value.Style} shared by every value type of calicokit, so that all of them are built
 * and copied the same way: {@code X.builder()...build()} and {@code x.withField(...)}.
 *
 * <p>Plain accessor names ({@code spec()}, not {@code getSpec()}), JDK collections only (no Guava on
 * the user's class path), and {@code Optional} attributes that accept {@code null} in builders so that
 * code copying from nullable sources stays short.
 *
 * <p>What Immutables generates is package-private: the {@code ImmutableX} classes, and the
 * {@code WithX} interfaces whose {@code with} methods every value type inherits. They are how a value is
 * made, not part of the API. Every value type declares {@code static Builder builder()} and a nested
 * {@code final class Builder extends ImmutableX.Builder {}}, whose setters return that nested
 * {@code Builder} and whose {@code build()} returns the value type ({@code overshadowImplementation}),
 * so that nothing outside the type's package needs, or can name, a generated type. Java callers use the
 * inherited methods as if {@code X} and {@code X.Builder} declared them; reflection that invokes a
 * {@code with} method (declared by the package-private {@code WithX}) must make it accessible first. Public only so that calicokit's other modules can
 * give their value types the same style.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    optionalAcceptNullable = true,
    depluralize = true,
    forceJacksonPropertyNames = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC)
public @interface CalicoStyle {}
