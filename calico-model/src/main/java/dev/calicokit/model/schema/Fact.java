package dev.calicokit.model.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One thing a Calico CRD says about a property beyond its Java type, and where it holds: in which API
 * groups ({@link #groups()}, empty for all) and in which releases ({@link #from()} to {@link #to()}).
 *
 * <p>Facts sit on the accessor of the property they describe; a fact about the list elements or map
 * values of the property says so with {@link #node()}. Facts on a kind's type describe its root schema.
 * The schemas module builds CRDs and validators from these annotations, so they are the single record
 * of what each release accepts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Facts.class)
public @interface Fact {
  /** What is stated. */
  FactKind kind();

  /** The stated value or values, as text; empty for flag-like kinds such as {@link FactKind#REQUIRED}. */
  String[] value() default {};

  /** The groups the fact holds for; empty means every group the property exists in. */
  ApiGroup[] groups() default {};

  /** The first release the fact holds for. */
  Release from() default Release.V3_21;

  /** The last release the fact holds for. */
  Release to() default Release.V3_32;


  /** The first patch of {@code from} it holds in (where the patches of that minor differ). */

  int fromPatch() default 0;


  /** The last patch of {@code to} it holds in (where the patches of that minor differ). */

  int toPatch() default Integer.MAX_VALUE;

  /** The schema node the fact describes. */
  SchemaNode node() default SchemaNode.PROPERTY;
}
