package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The length in bytes of the compact JSON that Go's encoder (kubectl's) writes for a tree, counted by
 * walking the tree instead of writing it: Jackson's compact form, plus Go's escapes of {@code <},
 * {@code >} and {@code &} (six bytes for one) and of U+2028 and U+2029 (six for three), and a
 * character beyond the BMP as its four UTF-8 bytes (where Jackson writes two escapes). Walking costs
 * neither a buffer of the whole JSON nor, on a short run, the start-up of a Jackson writer.
 */
final class GoJsonSize {
  private GoJsonSize() {}

  static long of(JsonNode n) {
    switch (n.getNodeType()) {
      case OBJECT: {
        long size = 2; // { }
        int entries = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); entries++) {
          Map.Entry<String, JsonNode> e = it.next();
          size += string(e.getKey()) + 1 + of(e.getValue()); // "key":value
        }
        return size + Math.max(0, entries - 1); // commas
      }
      case ARRAY: {
        long size = 2;
        for (JsonNode item : n) {
          size += of(item);
        }
        return size + Math.max(0, n.size() - 1);
      }
      case STRING:
        return string(n.textValue());
      case NUMBER:
        // Jackson writes a number as its text, and a NaN or infinity (YAML's .nan, .inf) as a string.
        return n.asText().length() + (finite(n) ? 0 : 2);
      case BOOLEAN:
        return n.booleanValue() ? 4 : 5;
      case NULL:
        return 4;
      default:
        // Binary and POJO nodes do not come from YAML text; their own JSON says what they take.
        return n.toString().getBytes(StandardCharsets.UTF_8).length;
    }
  }

  private static boolean finite(JsonNode number) {
    return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
  }

  /** A string in quotes, escaped as Jackson escapes it, with Go's additional escapes. */
  static long string(String s) {
    long size = 2;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        size += 2;
      } else if (c < 0x20) {
        size += c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 2 : 6;
      } else if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        size += 6;
      } else if (c < 0x80) {
        size += 1;
      } else if (c < 0x800) {
        size += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        size += 4;
        i++;
      } else {
        size += 3;
      }
    }
    return size;
  }
}
