package dev.calicokit.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * Equality of JSON values as Kubernetes sees them: numbers by value ({@code 253} read back as a long
 * and {@code 253} rendered as an int, or {@code 1} and {@code 1.0}, are the same number), everything
 * else as Jackson compares it. The one place this is written.
 */
public final class JsonValues {
  /** Scalars compared numbers by value; Jackson's own traversal handles objects and arrays. */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) ->
      a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  private JsonValues() {}

  /** Whether two values are equal, numbers by value, at any depth. */
  public static boolean sameValue(JsonNode a, JsonNode b) {
    return a.equals(NUMBERS_BY_VALUE, b);
  }
}
