package dev.calicokit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binding failures of Calico documents said in a reader's terms: which required fields are missing,
 * what was expected and what was found, instead of the generated builder's message.
 */
public final class BindFailures {
  // Immutables' message when build() lacks attributes: "... some of required attributes are not set [a, b]".
  private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

  private BindFailures() {}

  /** The fields a failed build named as required and not given, from its message; empty for other failures. */
  public static List<String> missingRequired(String message) {
    Matcher m = message == null ? null : MISSING.matcher(message);
    if (m == null || !m.find()) {
      return List.of();
    }
    return Arrays.stream(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The problem of a failed build said as a reader's error: which required fields are missing, expected and found. */
  public static String missingMessage(List<String> fields) {
    String names = String.join("\", \"", fields);
    return (fields.size() == 1 ? "required field \"" : "required fields \"") + names + "\" "
        + (fields.size() == 1 ? "is" : "are") + " missing: expected a value, found none";
  }

  /**
   * A value of the wrong shape said as what the field expects and what the document holds there
   * ({@code expected a number, found the string "abc"}); empty for failures of other kinds.
   */
  public static Optional<String> mismatch(Throwable failure, JsonNode found) {
    if (!(failure instanceof MismatchedInputException m) || m.getTargetType() == null) {
      return Optional.empty();
    }
    return mismatch(m.getTargetType(), found);
  }

  /**
   * The same for a field of type {@code target} (fabric8's binder is Jackson 3). Where Kubernetes' reader
   * made a boolean or a number of what was meant as text ({@code yes}, {@code 0755}), or the text is
   * what the field takes once unquoted ({@code "3"} for an integer), the message says so and how to
   * write it (ValueMismatch).
   */
  public static Optional<String> mismatch(Class<?> target, JsonNode found) {
    if (found == null || found.isMissingNode()) {
      return Optional.empty();
    }
    boolean textWanted = target == String.class || target.getName().startsWith("dev.calicokit.model.values.");
    boolean scalarWanted = Number.class.isAssignableFrom(target) || target == Boolean.class || target.isPrimitive();
    JsonNode unquoted = found.isTextual() ? GoYamlScalars.resolve(found.textValue(), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance) : null;
    if (textWanted && (found.isBoolean() || found.isNumber())
        || scalarWanted && unquoted != null && (unquoted.isNumber() && target != Boolean.class && target != boolean.class
            || unquoted.isBoolean() && (target == Boolean.class || target == boolean.class))) {
      return Optional.of(ValueMismatch.message(found, target));
    }
    return Optional.of("expected " + expected(target) + ", found " + describe(found));
  }

  private static String expected(Class<?> type) {
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping";
    }
    String name = dev.calicokit.model.schema.ModelProperties.modelType(type).getSimpleName();
    return dev.calicokit.model.schema.ModelProperties.isModelType(type)
        ? "a mapping (" + name + ")" : "a " + name + ", written as a single value";
  }

  /** What a document holds: its JSON type, with the value for a scalar. */
  static String describe(JsonNode n) {
    if (n.isTextual()) {
      return "the string \"" + n.asText() + "\"";
    }
    if (n.isNumber()) {
      return "the number " + n.asText();
    }
    if (n.isBoolean()) {
      return n.asText();
    }
    if (n.isNull()) {
      return "null";
    }
    return n.isArray() ? "a list" : "a mapping";
  }
}
