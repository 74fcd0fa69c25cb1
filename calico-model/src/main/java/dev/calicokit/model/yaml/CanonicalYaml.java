package dev.calicokit.model.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.internal.YamlQuoting;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON trees as canonical YAML: the same tree gives the same bytes, always.
 *
 * <ul>
 *   <li>Documents are separated by {@code ---}; lines end with LF; the text ends with one newline.
 *   <li>Keys keep the tree's order (callers put {@code apiVersion}, {@code kind}, {@code metadata}
 *       first and typed fields in their type's order); nothing is sorted.
 *   <li>Two spaces per level; list items are indented under their key ({@code "  - "}).
 *   <li>A string is written plain unless a YAML 1.1 or 1.2 reader would take it for something else
 *       ({@code "0"}, {@code "true"}, {@code "Off"}, {@code "5663:12"}, ...) or it holds characters
 *       that plain scalars cannot; then it is double-quoted.
 *   <li>A multi-line string is a literal block scalar ({@code |}, {@code |-}, {@code |+}) where one can
 *       hold it exactly (no trailing spaces, no tabs, no leading space on the first line, no control
 *       characters), double-quoted with escapes otherwise. Lines are never folded.
 *   <li>Nulls are written {@code null}; empty maps and lists as {@code {}} and {@code []}; whole numbers
 *       without a fraction (a double holding 65535 is written {@code 65535}); decimals as written.
 *   <li>No anchors, aliases or tags.
 * </ul>
 */
public final class CanonicalYaml {
  private CanonicalYaml() {}

  /** The documents as one YAML stream. */
  public static String write(List<JsonNode> documents) {
    StringBuilder out = new StringBuilder(documents.size() * 1024);
    boolean first = true;
    for (JsonNode doc : documents) {
      if (!first) {
        out.append("---\n");
      }
      first = false;
      writeDocument(doc, out);
    }
    return out.toString();
  }

  /** One document, without a separator. */
  public static String write(JsonNode document) {
    StringBuilder out = new StringBuilder(1024);
    writeDocument(document, out);
    return out.toString();
  }

  private static void writeDocument(JsonNode doc, StringBuilder out) {
    if (doc.isObject() && doc.size() > 0) {
      writeMapBody(doc, 0, out);
    } else if (doc.isArray() && doc.size() > 0) {
      writeListBody(doc, 0, out);
    } else {
      scalarOrEmpty(doc, 0, out);
      out.append('\n');
    }
  }

  private static void writeMapBody(JsonNode map, int indent, StringBuilder out) {
    Iterator<Map.Entry<String, JsonNode>> it = map.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      pad(out, indent);
      writeKey(e.getKey(), out);
      writeValueAfterKey(e.getValue(), indent, out);
    }
  }

  private static void writeValueAfterKey(JsonNode v, int indent, StringBuilder out) {
    if (v.isObject() && v.size() > 0) {
      out.append(":\n");
      writeMapBody(v, indent + 2, out);
    } else if (v.isArray() && v.size() > 0) {
      out.append(":\n");
      writeListBody(v, indent + 2, out);
    } else {
      out.append(": ");
      scalarOrEmpty(v, indent + 2, out);
      out.append('\n');
    }
  }

  private static void writeListBody(JsonNode list, int indent, StringBuilder out) {
    for (JsonNode item : list) {
      pad(out, indent);
      out.append("- ");
      if (item.isObject() && item.size() > 0) {
        // The first key goes on the dash line; the others align under it.
        Iterator<Map.Entry<String, JsonNode>> it = item.fields();
        boolean first = true;
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!first) {
            pad(out, indent + 2);
          }
          first = false;
          writeKey(e.getKey(), out);
          writeValueAfterKey(e.getValue(), indent + 2, out);
        }
      } else if (item.isArray() && item.size() > 0) {
        out.append('\n');
        writeListBody(item, indent + 2, out);
      } else {
        scalarOrEmpty(item, indent + 2, out);
        out.append('\n');
      }
    }
  }

  private static void scalarOrEmpty(JsonNode v, int indent, StringBuilder out) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      out.append("null");
    } else if (v.isObject()) {
      out.append("{}");
    } else if (v.isArray()) {
      out.append("[]");
    } else if (v.isTextual()) {
      writeString(v.textValue(), indent, out);
    } else if (v.isBoolean()) {
      out.append(v.booleanValue() ? "true" : "false");
    } else if (v.isIntegralNumber()) {
      out.append(v.bigIntegerValue().toString());
    } else if (v.isNumber()) {
      out.append(number(v));
    } else {
      writeString(v.asText(), indent, out);
    }
  }

  /** Whole values without a fraction (fabric8 keeps schema bounds as doubles); others as written. */
  static String number(JsonNode v) {
    if (v.isDouble() || v.isFloat()) {
      double d = v.doubleValue();
      if (Double.isNaN(d)) {
        return ".nan";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? ".inf" : "-.inf";
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return BigDecimal.valueOf(d).toString();
    }
    BigDecimal b = v.decimalValue();
    if (b.scale() <= 0) {
      return b.toBigInteger().toString();
    }
    return b.toPlainString();
  }

  private static void writeKey(String key, StringBuilder out) {
    if (needsQuotes(key) || key.indexOf('\n') >= 0) {
      doubleQuoted(key, out);
    } else {
      out.append(key);
    }
  }

  private static void writeString(String s, int indent, StringBuilder out) {
    if (s.indexOf('\n') >= 0) {
      if (blockable(s)) {
        literalBlock(s, indent, out);
      } else {
        doubleQuoted(s, out);
      }
      return;
    }
    if (needsQuotes(s)) {
      doubleQuoted(s, out);
    } else {
      out.append(s);
    }
  }

  /** True when a single-line string cannot be a plain scalar with the same meaning. */
  static boolean needsQuotes(String s) {
    if (s.isEmpty() || YamlQuoting.resolvesToNonString(s)) {
      return true;
    }
    char first = s.charAt(0);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
      // "-", "?" and ":" may start a plain scalar when a non-space follows, except in flow context;
      // we quote them all, which is simpler and always safe.
      return true;
    }
    if (first == ' ' || s.charAt(s.length() - 1) == ' ') {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
        return true;
      }
      if (c == '#' && s.charAt(i - 1) == ' ') {
        return true;
      }
      if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
          || Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean validSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** True when a literal block scalar holds the multi-line string exactly. */
  static boolean blockable(String s) {
    if (s.charAt(0) == ' ' || s.charAt(0) == '\n' && s.length() > 1 && s.charAt(1) == ' ') {
      return false; // leading spaces would need an indentation indicator
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        if (i > 0 && s.charAt(i - 1) == ' ') {
          return false; // a space before a line break
        }
        continue;
      }
      if (c == '\t' || c == '\r' || c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || c == '\uFEFF' || Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
        return false;
      }
    }
    if (s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    // A string made only of line breaks has no content line to anchor the indentation.
    return s.chars().anyMatch(c -> c != '\n');
  }

  private static void literalBlock(String s, int indent, StringBuilder out) {
    int end = s.length();
    int trailing = 0;
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
      trailing++;
    }
    out.append('|');
    if (trailing == 0) {
      out.append('-');
    } else if (trailing > 1) {
      out.append('+');
    }
    String body = s.substring(0, end);
    int start = 0;
    while (start <= body.length()) {
      int nl = body.indexOf('\n', start);
      String line = nl < 0 ? body.substring(start) : body.substring(start, nl);
      out.append('\n');
      if (!line.isEmpty()) {
        pad(out, indent);
        out.append(line);
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    for (int i = 1; i < trailing; i++) {
      out.append('\n');
    }
  }

  private static void doubleQuoted(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\t': out.append("\\t"); break;
        case '\r': out.append("\\r"); break;
        case '\0': out.append("\\0"); break;
        case '\u0085': out.append("\\N"); break;
        case '\u2028': out.append("\\L"); break;
        case '\u2029': out.append("\\P"); break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\uFEFF' || Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static void pad(StringBuilder out, int n) {
    for (int i = 0; i < n; i++) {
      out.append(' ');
    }
  }
}
