package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** A structural finding before it is attached to its document: rule id, JSON pointer, message. */
record SchemaProblem(String rule, String pointer, String message) {
  private static final int SHOWN = 60;

  /** A value as a message shows it: JSON text, cut short when long. */
  static String show(JsonNode v) {
    String s = v.toString();
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 3) + "...";
  }

  /** What kind of JSON value {@code v} is, with an article: "a string", "an object". */
  static String typeOf(JsonNode v) {
    if (v.isTextual()) {
      return "a string";
    }
    if (v.isIntegralNumber() || v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0) {
      return "an integer";
    }
    if (v.isNumber()) {
      return "a number";
    }
    if (v.isBoolean()) {
      return "a boolean";
    }
    if (v.isArray()) {
      return "a list";
    }
    if (v.isObject()) {
      return "an object";
    }
    return "null";
  }

  /** A JSON Schema type name with an article, as the messages use it. */
  static String typeName(String t) {
    return switch (t) {
      case "integer" -> "an integer";
      case "object" -> "an object";
      case "array" -> "a list";
      case "null" -> "null";
      default -> "a " + t;
    };
  }
}
