package dev.calicokit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a collection attribute hold {@code null} elements. Immutables recognises the annotation by its
 * simple name; we use it where a CRD marks list items {@code nullable} (IPAM block allocations).
 */
@Target({ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface AllowNulls {}
