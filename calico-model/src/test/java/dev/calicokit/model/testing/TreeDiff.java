package dev.calicokit.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Differences between two generic trees, by JSON path, for tests that compare what we produce with
 * Calico's files; CRD descriptions and CEL messages (ours, not Calico's) can be stripped first.
 */
public final class TreeDiff {
  private TreeDiff() {}

  /** Removes descriptions and CEL rule messages (both are ours, not Calico's) from a CRD, in place. */
  public static JsonNode stripCrdTexts(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      o.remove("description");
      if (o.has("rule")) {
        o.remove("message");
      }
      o.fields().forEachRemaining(e -> stripCrdTexts(e.getValue()));
    } else if (n.isArray()) {
      n.forEach(TreeDiff::stripCrdTexts);
    }
    return n;
  }

  /** Adds each difference to {@code out}; numbers compare by value. */
  public static void diff(JsonNode expected, JsonNode actual, String at, List<String> out) {
    diff(expected, actual, at, out, false);
  }

  /** As {@link #diff}, and a whole number must not stand where a fraction does, or the other way round. */
  public static void diffWithNumberKinds(JsonNode expected, JsonNode actual, String at, List<String> out) {
    diff(expected, actual, at, out, true);
  }

  private static void diff(JsonNode expected, JsonNode actual, String at, List<String> out, boolean numberKinds) {
    if (expected.isObject() && actual.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!actual.has(e.getKey())) {
          out.add(at + "/" + e.getKey() + ": missing, expected " + abbreviate(e.getValue()));
        } else {
          diff(e.getValue(), actual.get(e.getKey()), at + "/" + e.getKey(), out, numberKinds);
        }
      }
      for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!expected.has(k)) {
          out.add(at + "/" + k + ": unexpected " + abbreviate(actual.get(k)));
        }
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        diff(expected.get(i), actual.get(i), at + "/" + i, out, numberKinds);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0
          || numberKinds && expected.isIntegralNumber() != actual.isIntegralNumber()) {
        out.add(at + ": expected " + expected + ", got " + actual);
      }
    } else if (!expected.equals(actual)) {
      out.add(at + ": expected " + abbreviate(expected) + ", got " + abbreviate(actual));
    }
  }

  /** A value's JSON text, cut to 200 characters. */
  public static String abbreviate(JsonNode n) {
    String s = n.toString();
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
