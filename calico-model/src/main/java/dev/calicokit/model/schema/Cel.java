package dev.calicokit.model.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A CEL validation rule ({@code x-kubernetes-validations}) that the API server evaluates on a schema
 * node, and where it holds. The {@link #message()} is ours; the {@link #rule()} is Calico's expression,
 * which must stay exactly as the CRD has it for the API server to behave the same.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Cels.class)
public @interface Cel {
  /** The CEL expression; {@code self} is the node, {@code oldSelf} the stored value in transition rules. */
  String rule();

  /** What a user is told when the rule fails, in our words. */
  String message();

  /** {@code messageExpression}, when the CRD computes its message; empty otherwise. */
  String messageExpression() default "";

  /** {@code fieldPath}, the path reported for a failure; empty when the CRD gives none. */
  String fieldPath() default "";

  /** {@code reason}, such as {@code FieldValueInvalid}; empty when the CRD gives none. */
  String reason() default "";

  /** {@code optionalOldSelf}. */
  boolean optionalOldSelf() default false;

  /** The groups the rule holds for; empty means every group. */
  ApiGroup[] groups() default {};

  /** The first release the rule holds for. */
  Release from() default Release.V3_21;

  /** The last release the rule holds for. */
  Release to() default Release.V3_32;


  /** The first patch of {@code from} it holds in (where the patches of that minor differ). */

  int fromPatch() default 0;


  /** The last patch of {@code to} it holds in (where the patches of that minor differ). */

  int toPatch() default Integer.MAX_VALUE;

  /** The schema node the rule is attached to. */
  SchemaNode node() default SchemaNode.PROPERTY;

  /**
   * The position of this rule in the node's list of rules, so that generated CRDs keep Calico's order
   * when rules from several ranges interleave.
   */
  int position() default 0;
}
