package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.values.Protocol;
import java.util.Optional;
import java.util.Set;

/**
 * Protocol values of policy rules and endpoint ports: a number 1 to 255 or one of Calico's protocol
 * names. Numbers are read from the value as written (a YAML number, or a string of up to nine digits as
 * Calico's numorstring reads it), which is wider than {@link Protocol#number()}.
 */
final class Protocols {
  static final Set<String> NAMES = Set.of("TCP", "UDP", "ICMP", "ICMPv6", "SCTP", "UDPLite");
  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]{1,9}");

  private Protocols() {}

  /** The protocol number when the value is numeric (a number or a string of digits). */
  static Optional<Long> number(Protocol p) {
    Object v = p.jsonValue();
    if (v instanceof Long n) {
      return Optional.of(n);
    }
    String s = v.toString();
    return DIGITS.matcher(s).matches() ? Optional.of(Long.parseLong(s)) : Optional.empty();
  }

  /** Why the value is not a protocol, if it is not. */
  static Optional<String> problem(Protocol p) {
    Optional<Long> n = number(p);
    if (n.isPresent()) {
      return n.get() >= 1 && n.get() <= 255 ? Optional.empty()
          : Optional.of("protocol number " + n.get() + " is out of range: expected 1 to 255");
    }
    if (!NAMES.contains(p.toString())) {
      return Optional.of("protocol " + DocCheck.q(p.toString())
          + " is not known: expected TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite or a number 1 to 255");
    }
    return Optional.empty();
  }

  /** True for the protocols that have ports: TCP, UDP and SCTP, by name (any case) or number. */
  static boolean hasPorts(Optional<Protocol> p) {
    if (p.isEmpty()) {
      return false;
    }
    Optional<Long> n = number(p.get());
    if (n.isPresent()) {
      return n.get() == 6 || n.get() == 17 || n.get() == 132;
    }
    String s = p.get().toString();
    return s.equalsIgnoreCase("TCP") || s.equalsIgnoreCase("UDP") || s.equalsIgnoreCase("SCTP");
  }

  /** True when the value names the protocol (by name or number). */
  static boolean is(Optional<Protocol> p, String name, int number) {
    if (p.isEmpty()) {
      return false;
    }
    Optional<Long> n = number(p.get());
    return n.map(v -> v == number).orElseGet(() -> p.get().toString().equals(name));
  }
}
