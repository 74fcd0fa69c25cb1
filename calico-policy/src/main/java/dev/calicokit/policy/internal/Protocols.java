package dev.calicokit.policy.internal;

import dev.calicokit.model.values.Protocol;
import java.util.Locale;

/** Protocol names and numbers as Calico's numorstring.Protocol maps them (IANA numbers). */
public final class Protocols {
  public static final int ICMP = 1;
  public static final int TCP = 6;
  public static final int UDP = 17;
  public static final int ICMPV6 = 58;
  public static final int SCTP = 132;
  public static final int UDPLITE = 136;

  private Protocols() {}

  /** The number of a protocol, or -1 when the text is neither a known name nor a number. */
  public static int number(Protocol p) {
    if (p.number().isPresent()) {
      return p.number().get();
    }
    return number(p.toString());
  }

  /** The number of a protocol name (any case, as Kubernetes writes TCP and Calico Tcp alike). */
  public static int number(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "tcp":
        return TCP;
      case "udp":
        return UDP;
      case "icmp":
        return ICMP;
      case "icmpv6":
        return ICMPV6;
      case "sctp":
        return SCTP;
      case "udplite":
        return UDPLITE;
      default:
        return name.matches("[0-9]{1,3}") ? Integer.parseInt(name) : -1;
    }
  }

  /** The name Calico writes for a number, or the number. */
  public static String name(int number) {
    switch (number) {
      case TCP:
        return "TCP";
      case UDP:
        return "UDP";
      case ICMP:
        return "ICMP";
      case ICMPV6:
        return "ICMPv6";
      case SCTP:
        return "SCTP";
      case UDPLITE:
        return "UDPLite";
      default:
        return String.valueOf(number);
    }
  }

  /** Whether the protocol has ports (what Calico's validator requires of a rule with ports). */
  public static boolean hasPorts(int number) {
    return number == TCP || number == UDP || number == SCTP || number == UDPLITE;
  }
}
