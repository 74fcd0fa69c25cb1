package dev.calicokit.model.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a property (on an accessor) or a kind (on its type) exists. Without this annotation a property
 * exists wherever its enclosing type does. Several annotations add up.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Presences.class)
public @interface Present {
  /** The groups; empty means every group of the kind. */
  ApiGroup[] groups() default {};

  /** The first release. */
  Release from() default Release.V3_21;

  /** The last release. */
  Release to() default Release.V3_32;


  /** The first patch of {@code from} the fact holds in (where the patches of that minor differ). */

  int fromPatch() default 0;


  /** The last patch of {@code to} the fact holds in (where the patches of that minor differ). */

  int toPatch() default Integer.MAX_VALUE;
}
