package dev.calicokit.model.internal;

import java.util.Arrays;
import java.util.List;
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
}
