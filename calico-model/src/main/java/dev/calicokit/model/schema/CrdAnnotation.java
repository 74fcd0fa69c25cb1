package dev.calicokit.model.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An annotation that the CRD document of a kind carries in its metadata, such as the generator's version. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(CrdAnnotations.class)
public @interface CrdAnnotation {
  /** The annotation key. */
  String key();

  /** The annotation value. */
  String value();

  /** The groups; empty means every group. */
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
