package dev.calicokit.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Colours the severity of each text finding line: red errors, yellow warnings, cyan infos; or nothing. */
final class Colours {
  /** The severity label of a finding line, as FindingFormats writes it: {@code file:line:column: error: ...}. */
  private static final Pattern SEVERITY = Pattern.compile("(?m)^([^\\n]*?: )(error|warning|info)(: )");

  private final boolean enabled;

  Colours(boolean enabled) {
    this.enabled = enabled;
  }

  /** Colours for standard output: on a terminal without NO_COLOR only. */
  static Colours forStandardOutput() {
    return new Colours(Terminal.colour(Terminal.isInteractive(), System.getenv()));
  }

  /** The lines with each severity label coloured when colour is enabled, else unchanged. */
  String severities(String lines) {
    if (!enabled) {
      return lines;
    }
    Matcher m = SEVERITY.matcher(lines);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String code = switch (m.group(2)) {
        case "error" -> "31";
        case "warning" -> "33";
        default -> "36";
      };
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "\u001b[" + code + "m" + m.group(2) + "\u001b[0m" + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
