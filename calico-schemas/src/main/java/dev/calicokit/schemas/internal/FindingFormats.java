package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.io.PrettyJson;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Severity;
import java.util.List;

/** The text and JSON renderings of findings. The JSON keys are a contract with other tools: keep them. */
public final class FindingFormats {

  private FindingFormats() {}

  /**
   * Text taken from inputs (names, paths, quoted values) with its control characters escaped
   * ({@code \n}, {@code \t}, {@code \u001b}...): one finding stays one line, and an input cannot forge
   * finding lines or send escape sequences to the terminal.
   */
  static String printable(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
          || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
      if (!control) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return b == null ? text : b.toString();
  }

  /** One line per finding and a summary line. */
  public static String text(List<Finding> findings) {
    return lines(findings) + summary(findings);
  }

  /** One line per finding, each ending in a newline. */
  public static String lines(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append(printable(f.file().orElse("<input>")));
      if (f.line().isPresent()) {
        out.append(':').append(f.line().getAsInt());
        if (f.column().isPresent()) {
          out.append(':').append(f.column().getAsInt());
        }
      }
      out.append(": ").append(f.severity().label()).append(": ").append(printable(f.message()))
          .append(" [").append(f.rule()).append("] (document ").append(f.document());
      f.kind().ifPresent(k -> out.append(", ").append(printable(k)));
      f.name().ifPresent(n -> out.append(' ').append(printable(n)));
      if (!f.path().isEmpty()) {
        out.append(", ").append(printable(f.path()));
      }
      out.append(")\n");
    }
    return out.toString();
  }

  /** The counts by severity, one line. */
  public static String summary(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long infos = findings.size() - errors - warnings;
    out.append(errors).append(errors == 1 ? " error, " : " errors, ")
        .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
        .append(infos).append(infos == 1 ? " info\n" : " infos\n");
    return out.toString();
  }

  /** A JSON array of findings with the stable keys, two-space indented, final newline. */
  public static String json(List<Finding> findings) {
    // Nodes from the factory, not a mapper: the text output, on every run, never sets one up.
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Finding f : findings) {
      ObjectNode o = array.addObject();
      o.put("file", f.file().orElse(null));
      o.put("document", f.document());
      o.put("kind", f.kind().orElse(null));
      o.put("name", f.name().orElse(null));
      o.put("path", f.path());
      if (f.line().isPresent()) {
        o.put("line", f.line().getAsInt());
      } else {
        o.putNull("line");
      }
      if (f.column().isPresent()) {
        o.put("column", f.column().getAsInt());
      } else {
        o.putNull("column");
      }
      o.put("severity", f.severity().label());
      o.put("rule", f.rule());
      o.put("message", f.message());
    }
    return PrettyJson.write(array);
  }
}
