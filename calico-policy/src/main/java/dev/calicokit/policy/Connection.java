package dev.calicokit.policy;

import dev.calicokit.model.values.Protocol;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a connection carries: its protocol and destination port, or for ICMP its type and code. The
 * source port is not modelled (a rule on source ports does not match; {@code explain} says so).
 */
public final class Connection {
  private final Protocol protocol;
  private final int port; // -1: none
  private final int icmpType; // -1: none
  private final int icmpCode; // -1: none

  private Connection(Protocol protocol, int port, int icmpType, int icmpCode) {
    this.protocol = protocol;
    this.port = port;
    this.icmpType = icmpType;
    this.icmpCode = icmpCode;
  }

  /** TCP to a port. */
  public static Connection tcp(int port) {
    return of(Protocol.TCP, port);
  }

  /** UDP to a port. */
  public static Connection udp(int port) {
    return of(Protocol.UDP, port);
  }

  /** SCTP to a port. */
  public static Connection sctp(int port) {
    return of(Protocol.SCTP, port);
  }

  /** An ICMP message of a type and code (8 and 0: echo request). */
  public static Connection icmp(int type, int code) {
    check(type, 0, 255, "ICMP type");
    check(code, 0, 255, "ICMP code");
    return new Connection(Protocol.ICMP, -1, type, code);
  }

  /** A protocol that has ports (TCP, UDP, SCTP, UDPLite), to a port from 1 to 65535. */
  public static Connection of(Protocol protocol, int port) {
    Objects.requireNonNull(protocol, "protocol");
    if (!protocol.hasPorts()) {
      throw new IllegalArgumentException(protocol + " has no ports; use Connection.of(protocol) or icmp(type, code)");
    }
    check(port, 1, 65535, "port");
    return new Connection(protocol, port, -1, -1);
  }

  /** A protocol without a port (ICMP of any type, or any protocol by name or number). */
  public static Connection of(Protocol protocol) {
    return new Connection(Objects.requireNonNull(protocol, "protocol"), -1, -1, -1);
  }

  /**
   * Reads {@code 8080/TCP}, {@code 53/udp}, {@code ICMP}, {@code ICMP/8/0} (type and code) or a protocol
   * name or number alone; fails naming the accepted forms.
   */
  public static Connection parse(String text) {
    String[] parts = text.trim().split("/");
    try {
      if (parts.length == 2 && parts[0].chars().allMatch(Character::isDigit) && !parts[0].isEmpty()) {
        return of(protocol(parts[1]), Integer.parseInt(parts[0]));
      }
      if (parts.length == 3 && parts[0].toUpperCase(Locale.ROOT).startsWith("ICMP")) {
        return icmp(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      }
      if (parts.length == 1 && !parts[0].isEmpty()) {
        return of(protocol(parts[0]));
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException("'" + text + "' is not a connection: expected PORT/PROTOCOL (8080/TCP), "
        + "ICMP, ICMP/TYPE/CODE or a protocol");
  }

  private static Protocol protocol(String text) {
    for (Protocol p : new Protocol[] {Protocol.TCP, Protocol.UDP, Protocol.SCTP, Protocol.ICMP, Protocol.ICMPV6,
        Protocol.UDPLITE}) {
      if (p.toString().equalsIgnoreCase(text)) {
        return p;
      }
    }
    if (text.chars().allMatch(Character::isDigit) && !text.isEmpty() && text.length() <= 3) {
      return Protocol.of(Long.parseLong(text));
    }
    throw new IllegalArgumentException("'" + text + "' is not a protocol: expected TCP, UDP, SCTP, ICMP, ICMPv6, "
        + "UDPLite or a number");
  }

  private static void check(int value, int min, int max, String what) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(what + " " + value + " is outside " + min + ".." + max);
    }
  }

  /** The protocol. */
  public Protocol protocol() {
    return protocol;
  }

  /** The destination port, for protocols that have ports. */
  public OptionalInt port() {
    return port < 0 ? OptionalInt.empty() : OptionalInt.of(port);
  }

  /** The ICMP type, where given. */
  public OptionalInt icmpType() {
    return icmpType < 0 ? OptionalInt.empty() : OptionalInt.of(icmpType);
  }

  /** The ICMP code, where given. */
  public OptionalInt icmpCode() {
    return icmpCode < 0 ? OptionalInt.empty() : OptionalInt.of(icmpCode);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Connection)) {
      return false;
    }
    Connection c = (Connection) o;
    return protocol.equals(c.protocol) && port == c.port && icmpType == c.icmpType && icmpCode == c.icmpCode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocol, port, icmpType, icmpCode);
  }

  /** {@code 8080/TCP}, {@code ICMP/8/0} or the protocol alone: the form {@link #parse} reads. */
  @Override
  public String toString() {
    if (port >= 0) {
      return port + "/" + protocol;
    }
    if (icmpType >= 0) {
      return protocol + "/" + icmpType + "/" + icmpCode;
    }
    return protocol.toString();
  }
}
