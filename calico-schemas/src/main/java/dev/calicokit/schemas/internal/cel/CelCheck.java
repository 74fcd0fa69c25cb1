package dev.calicokit.schemas.internal.cel;

import java.util.List;

/**
 * One {@code x-kubernetes-validations} rule where it sits in a CRD schema, compiled.
 *
 * @param schemaPath where the rule sits: property names from the root, {@code *} for list items and
 *     {@code {}} for map values ("" for the root)
 * @param rule the rule's expression
 * @param program the compiled rule
 * @param message the rule's message, "" when none
 * @param messageExpression the compiled message expression, null when none
 * @param fieldPath the pointer tokens of the rule's {@code fieldPath}, relative to the value the rule
 *     sits on; empty when none
 */
public record CelCheck(
    String schemaPath,
    String rule,
    CelEnvironment.Compiled program,
    String message,
    CelEnvironment.Compiled messageExpression,
    List<String> fieldPath) {

  /** A transition rule: it reads {@code oldSelf}, which only an update has. */
  public boolean transition() {
    return program.usesOldSelf() || (messageExpression != null && messageExpression.usesOldSelf());
  }
}
