package dev.calicokit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Help text wrapped by us, at spaces only, to lines picocli leaves as they are: picocli's own wrapping
 * breaks a line wherever Java's line breaker allows, inside values too ({@code quay.} / {@code io/calico}).
 */
final class HelpText {
  /** The width of every help line; picocli's usage width is 80. */
  static final int WIDTH = 79;

  private HelpText() {}

  /** Text broken at spaces into lines of at most {@code width} characters (a longer word keeps its own line). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The lines of a command's description joined into one paragraph and wrapped to {@link #WIDTH}. */
  static String[] paragraph(String[] lines) {
    return wrap(String.join(" ", lines), WIDTH).toArray(String[]::new);
  }

  /** The width of an option's description column in picocli's usage (80 columns less the options' 28), less a margin. */
  static final int OPTION_WIDTH = 50;

  /**
   * Each option's description wrapped by us to {@link #OPTION_WIDTH}, which picocli then leaves as it
   * is. The options are put back in the same order; their bindings to the command's fields stay.
   */
  static void wrapOptionDescriptions(picocli.CommandLine.Model.CommandSpec spec) {
    for (picocli.CommandLine.Model.OptionSpec option : List.copyOf(spec.options())) {
      String text = String.join(" ", option.description());
      if (text.length() <= OPTION_WIDTH) {
        continue;
      }
      spec.remove(option);
      spec.addOption(option.toBuilder().description(wrap(text, OPTION_WIDTH).toArray(String[]::new)).build());
    }
  }

  /**
   * Two columns: each key, padded to {@code keyWidth}, then its text wrapped to the rest of the line,
   * continuation lines indented under the text.
   */
  static String table(List<String[]> rows, int indent, int keyWidth) {
    StringBuilder out = new StringBuilder();
    String pad = " ".repeat(indent + keyWidth + 1);
    for (String[] row : rows) {
      List<String> text = wrap(row[1], WIDTH - pad.length());
      String key = " ".repeat(indent) + row[0];
      if (key.length() >= pad.length()) {
        out.append(key).append('\n');
      } else {
        out.append(key).append(" ".repeat(pad.length() - key.length())).append(text.isEmpty() ? "" : text.remove(0)).append('\n');
      }
      text.forEach(t -> out.append(pad).append(t).append('\n'));
    }
    return out.toString();
  }
}
