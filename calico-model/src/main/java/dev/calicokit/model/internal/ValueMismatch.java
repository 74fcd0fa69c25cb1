package dev.calicokit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.yaml.CanonicalYaml;
import java.math.BigInteger;

/**
 * The message for a value that a typed field cannot hold, as Kubernetes' API server would refuse it:
 * what Kubernetes' YAML reader made of the value, what the field takes, and how to write what was
 * meant. Names no Java class.
 */
public final class ValueMismatch {
  private ValueMismatch() {}

  /** The message for {@code value} (as read) bound to a field of type {@code target}. */
  public static String message(JsonNode value, Class<?> target) {
    String read = value.isBoolean() ? "the boolean " + value.booleanValue()
        : value.isNumber() ? "the number " + CanonicalYaml.write(value).strip()
        : value.isTextual() ? "the string " + CanonicalYaml.write(value).strip()
        : "null";
    String why = value.isTextual() ? "" : " (YAML 1.1: yes, no, on, off, y and n are booleans, 0755 and 0x1F numbers)";
    String fix = value.isTextual() ? "write it unquoted" : "quote it to keep the text";
    return "Kubernetes reads this value as " + read + ", where the field takes " + expected(target) + why
        + ", so the API server would refuse it; " + fix;
  }

  private static String expected(Class<?> target) {
    if (target == String.class || target.getName().startsWith("dev.calicokit.model.values.")) {
      return "a string";
    }
    if (target == Integer.class || target == int.class || target == Long.class || target == long.class
        || target == Short.class || target == BigInteger.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
      return "a number";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "a boolean";
    }
    return "an object";
  }
}
