package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An IP protocol in a Calico rule or endpoint port: a name Calico knows ({@code TCP}, {@code UDP},
 * {@code ICMP}, {@code ICMPv6}, {@code SCTP}, {@code UDPLite}) or a protocol number from 1 to 255.
 * The form it was read in (number or string) is kept.
 */
public final class Protocol {
  /** Transmission Control Protocol. */
  public static final Protocol TCP = new Protocol("TCP");
  /** User Datagram Protocol. */
  public static final Protocol UDP = new Protocol("UDP");
  /** ICMP for IPv4. */
  public static final Protocol ICMP = new Protocol("ICMP");
  /** ICMP for IPv6. */
  public static final Protocol ICMPV6 = new Protocol("ICMPv6");
  /** Stream Control Transmission Protocol. */
  public static final Protocol SCTP = new Protocol("SCTP");
  /** Lightweight UDP. */
  public static final Protocol UDPLITE = new Protocol("UDPLite");

  private final Object json; // Long or String

  private Protocol(Object json) {
    this.json = json;
  }

  /** A protocol read as a number. */
  @JsonCreator
  public static Protocol of(long number) {
    return new Protocol(number);
  }

  /** A protocol read as a string: a name, or a number written as a string. */
  @JsonCreator
  public static Protocol of(String text) {
    Objects.requireNonNull(text, "text");
    for (Protocol p : new Protocol[] {TCP, UDP, ICMP, ICMPV6, SCTP, UDPLITE}) {
      if (p.json.equals(text)) {
        return p;
      }
    }
    return new Protocol(text);
  }

  /** The protocol number, when it was given as one (as a number or as digits in a string). */
  public Optional<Integer> number() {
    if (json instanceof Long) {
      return Optional.of(((Long) json).intValue());
    }
    String s = (String) json;
    return s.matches("[0-9]{1,3}") ? Optional.of(Integer.parseInt(s)) : Optional.empty();
  }

  /** The name, when the protocol was given as one. */
  public Optional<String> name() {
    return json instanceof String && number().isEmpty() ? Optional.of((String) json) : Optional.empty();
  }

  /** True for TCP, UDP and SCTP, by name or number: the protocols a rule may name ports for. */
  public boolean hasPorts() {
    Optional<Integer> n = number();
    if (n.isPresent()) {
      return n.get() == 6 || n.get() == 17 || n.get() == 132;
    }
    String up = ((String) json).toUpperCase(Locale.ROOT);
    return up.equals("TCP") || up.equals("UDP") || up.equals("SCTP");
  }

  /** The value as Jackson writes it: a {@code Long} or a {@code String}. */
  @JsonValue
  public Object jsonValue() {
    return json;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Protocol && ((Protocol) o).json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
