package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * BGP AS numbers: 0 to 4294967295 as a number, or the dotted "high.low" form of two 16-bit halves. Read
 * from the tree: the dotted form is a string, which the model's number (the CRD's integer) cannot hold.
 */
final class AsNumbers {
  private AsNumbers() {}

  /** Why the value is not an AS number, if it is not. */
  static Optional<String> problem(JsonNode n) {
    if (n.isIntegralNumber()) {
      return n.canConvertToLong() && n.asLong() >= 0 && n.asLong() <= 0xFFFFFFFFL ? Optional.empty()
          : Optional.of("AS number " + n.asText() + " is out of range: expected 0 to 4294967295");
    }
    if (n.isTextual()) {
      String s = n.asText();
      if (s.matches("[0-9]{1,10}")) {
        return Long.parseLong(s) <= 0xFFFFFFFFL ? Optional.empty()
            : Optional.of("AS number " + s + " is out of range: expected 0 to 4294967295");
      }
      if (s.matches("[0-9]{1,5}\\.[0-9]{1,5}")) {
        String[] parts = s.split("\\.");
        if (Integer.parseInt(parts[0]) <= 65535 && Integer.parseInt(parts[1]) <= 65535) {
          return Optional.empty();
        }
      }
      return Optional.of("AS number " + DocCheck.q(s) + " is neither a number 0 to 4294967295 nor the dotted form"
          + " high.low with both halves 0 to 65535");
    }
    return Optional.empty();
  }
}
