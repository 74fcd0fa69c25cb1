package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/** Protocol values of policy rules: a number 1 to 255 or one of Calico's protocol names. */
final class Protocols {
  static final Set<String> NAMES = Set.of("TCP", "UDP", "ICMP", "ICMPv6", "SCTP", "UDPLite");

  private Protocols() {}

  /** The protocol number when the value is numeric (a number or a string of digits). */
  static Optional<Long> number(JsonNode p) {
    if (p.isIntegralNumber()) {
      return Optional.of(p.asLong());
    }
    if (p.isTextual() && p.asText().matches("[0-9]{1,9}")) {
      return Optional.of(Long.parseLong(p.asText()));
    }
    return Optional.empty();
  }

  /** Why the value is not a protocol, if it is not. */
  static Optional<String> problem(JsonNode p) {
    Optional<Long> n = number(p);
    if (n.isPresent()) {
      return n.get() >= 1 && n.get() <= 255 ? Optional.empty()
          : Optional.of("protocol number " + n.get() + " is out of range: expected 1 to 255");
    }
    if (p.isTextual() && !NAMES.contains(p.asText())) {
      return Optional.of("protocol " + DocCheck.q(p.asText())
          + " is not known: expected TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite or a number 1 to 255");
    }
    return Optional.empty();
  }

  /** True for the protocols that have ports: TCP, UDP and SCTP, by name or number. */
  static boolean hasPorts(JsonNode p) {
    if (p == null || p.isNull()) {
      return false;
    }
    Optional<Long> n = number(p);
    if (n.isPresent()) {
      return n.get() == 6 || n.get() == 17 || n.get() == 132;
    }
    String s = p.asText();
    return s.equalsIgnoreCase("TCP") || s.equalsIgnoreCase("UDP") || s.equalsIgnoreCase("SCTP");
  }

  /** True when the value names the protocol (by name or number). */
  static boolean is(JsonNode p, String name, int number) {
    if (p == null || p.isNull()) {
      return false;
    }
    Optional<Long> n = number(p);
    return n.map(v -> v == number).orElseGet(() -> p.asText().equals(name));
  }
}
