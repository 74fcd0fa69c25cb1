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
}
