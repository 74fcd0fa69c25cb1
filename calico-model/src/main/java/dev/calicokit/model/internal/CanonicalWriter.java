package dev.calicokit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.io.JsonPointers;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The writer behind {@link dev.calicokit.model.yaml.CanonicalYaml} (whose Javadoc gives the rules),
 * with the document's comments put back where they were read: the head's lines first, each key's or
 * list item's lines before it at its indentation, end-of-line comments after the value (after the
 * {@code :} of a key holding a mapping or list, after the indicator of a block scalar), the tail's
 * lines last. Comments are written {@code #} and their text as read, so each comment line is kept.
 */
public final class CanonicalWriter {
  private final StringBuilder out;
  private final YamlComments comments;
  private final boolean tracking;

  private CanonicalWriter(StringBuilder out, YamlComments comments) {
    this.out = out;
    this.comments = comments;
    this.tracking = !comments.isEmpty();
  }

  /** The documents, each with its comments (same size), as one YAML stream. */
  public static String write(List<JsonNode> documents, List<YamlComments> comments) {
    StringBuilder out = new StringBuilder(documents.size() * 1024);
    for (int i = 0; i < documents.size(); i++) {
      if (i > 0) {
        out.append("---\n");
      }
      YamlComments c = comments.get(i);
      new CanonicalWriter(out, c.fittedTo(documents.get(i))).writeDocument(documents.get(i));
    }
    return out.toString();
  }

  /** One document with its comments, without a separator. */
  public static String write(JsonNode document, YamlComments comments) {
    StringBuilder out = new StringBuilder(1024);
    new CanonicalWriter(out, comments.fittedTo(document)).writeDocument(document);
    return out.toString();
  }

  /** Comment lines alone, as a stream without documents holds them. */
  public static String commentLines(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append('#').append(line).append('\n');
    }
    return out.toString();
  }

  private void writeDocument(JsonNode doc) {
    commentLines(comments.head(), 0);
    if (doc.isObject() && doc.size() > 0) {
      writeMapBody(doc, 0, "");
    } else if (doc.isArray() && doc.size() > 0) {
      writeListBody(doc, 0, "");
    } else {
      scalarOrEmpty(doc, 0, "");
    }
    commentLines(comments.tail(), 0);
  }

  private String child(String at, String key) {
    return tracking ? JsonPointers.child(at, key) : null;
  }

  private String item(String at, int index) {
    return tracking ? at + "/" + index : null;
  }

  private void commentLines(List<String> lines, int indent) {
    for (String line : lines) {
      pad(out, indent);
      out.append('#').append(line).append('\n');
    }
  }

  private void before(String at, int indent) {
    if (tracking) {
      commentLines(comments.before(at), indent);
    }
  }

  /** Ends the line, with the node's end-of-line comment when it has one. */
  private void endLine(String at) {
    String c = tracking ? comments.endOfLine(at) : null;
    if (c != null) {
      out.append(" #").append(c);
    }
    out.append('\n');
  }

  private void writeMapBody(JsonNode map, int indent, String at) {
    Iterator<Map.Entry<String, JsonNode>> it = map.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String p = child(at, e.getKey());
      before(p, indent);
      pad(out, indent);
      writeKey(e.getKey(), indent, out);
      writeValueAfterKey(e.getValue(), indent, p);
    }
  }

  private void writeValueAfterKey(JsonNode v, int indent, String at) {
    if (v.isObject() && v.size() > 0) {
      out.append(':');
      endLine(at);
      writeMapBody(v, indent + 2, at);
    } else if (v.isArray() && v.size() > 0) {
      out.append(':');
      endLine(at);
      writeListBody(v, indent + 2, at);
    } else {
      out.append(": ");
      scalarOrEmpty(v, indent + 2, at);
    }
  }

  private void writeListBody(JsonNode list, int indent, String at) {
    int index = 0;
    for (JsonNode item : list) {
      String p = item(at, index++);
      before(p, indent);
      if (item.isObject() && item.size() > 0) {
        // The first key goes on the dash line; the others align under it. Comments before the first
        // key (and at the end of the dash line) cannot stand between the dash and the key: they go
        // before the dash.
        Iterator<Map.Entry<String, JsonNode>> it = item.fields();
        boolean first = true;
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          String kp = child(p, e.getKey());
          if (first) {
            before(kp, indent);
            if (tracking && comments.endOfLine(p) != null) {
              commentLines(List.of(comments.endOfLine(p)), indent);
            }
            pad(out, indent);
            out.append("- ");
          } else {
            before(kp, indent + 2);
            pad(out, indent + 2);
          }
          first = false;
          writeKey(e.getKey(), indent + 2, out);
          writeValueAfterKey(e.getValue(), indent + 2, kp);
        }
      } else if (item.isArray() && item.size() > 0) {
        pad(out, indent);
        out.append('-');
        endLine(p);
        writeListBody(item, indent + 2, p);
      } else {
        pad(out, indent);
        out.append("- ");
        scalarOrEmpty(item, indent + 2, p);
      }
    }
  }

  /** A scalar, {@code null}, {} or [], and the end of its line (a block scalar's comment follows its indicator). */
  private void scalarOrEmpty(JsonNode v, int indent, String at) {
    if (v != null && v.isTextual() && v.textValue().indexOf('\n') >= 0 && blockable(v.textValue())) {
      String s = v.textValue();
      out.append(blockIndicator(s));
      endLine(at);
      literalBlockBody(s, indent, out);
      return;
    }
    scalarOrEmpty(v, indent, out);
    endLine(at);
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
  public static String number(JsonNode v) {
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

  /**
   * Longer keys than YAML lets an implicit key be (1,024 characters up to the colon, for SnakeYAML
   * and go-yaml alike) are written as explicit keys, {@code ? "key"} with the colon on the next line.
   */
  private static final int MAX_IMPLICIT_KEY = 500;

  private static void writeKey(String key, int indent, StringBuilder out) {
    if (key.length() > MAX_IMPLICIT_KEY) {
      out.append("? ");
      doubleQuoted(key, out);
      out.append('\n');
      pad(out, indent);
      return;
    }
    if (needsQuotes(key) || key.indexOf('\n') >= 0) {
      doubleQuoted(key, out);
    } else {
      out.append(key);
    }
  }

  private static void writeString(String s, int indent, StringBuilder out) {
    if (s.indexOf('\n') >= 0) {
      if (blockable(s)) {
        out.append(blockIndicator(s)).append('\n');
        literalBlockBody(s, indent, out);
        out.setLength(out.length() - 1); // the caller ends the line
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
  public static boolean needsQuotes(String s) {
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
  public static boolean blockable(String s) {
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

  /** {@code |-} without a final line break, {@code |} with one, {@code |+} with more. */
  private static String blockIndicator(String s) {
    int trailing = 0;
    for (int end = s.length(); end > 0 && s.charAt(end - 1) == '\n'; end--) {
      trailing++;
    }
    return trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
  }

  /** The lines of a literal block scalar, after its indicator's line. */
  private static void literalBlockBody(String s, int indent, StringBuilder out) {
    int end = s.length();
    int trailing = 0;
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
      trailing++;
    }
    String body = s.substring(0, end);
    int start = 0;
    while (start <= body.length()) {
      int nl = body.indexOf('\n', start);
      String line = nl < 0 ? body.substring(start) : body.substring(start, nl);
      if (!line.isEmpty()) {
        pad(out, indent);
        out.append(line);
      }
      out.append('\n');
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
