package dev.calicokit.model.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A column that {@code kubectl get} shows for a kind ({@code additionalPrinterColumns}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(PrinterColumns.class)
public @interface PrinterColumn {
  /** The column header. */
  String name();

  /** The column type: string, integer, number, boolean or date. */
  String type();

  /** The JSON path of the value shown. */
  String jsonPath();

  /** What the column shows, in our words; empty when the CRD gives no description. */
  String description() default "";

  /** The column's place among the kind's columns. */
  int position();

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
