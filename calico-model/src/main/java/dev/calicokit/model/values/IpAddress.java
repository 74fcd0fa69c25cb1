package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address as a resource holds it. The original text is kept and written back; the
 * parsed form gives the family and the canonical text (IPv4 dotted quad, IPv6 in RFC 5952 form).
 *
 * <p>{@link #of(String)}, for values written in code, checks at once (Go's {@code net.ParseIP}, which
 * Calico uses) and fails with {@link InvalidAddressException} naming the text. {@link
 * #lenient(String)}, which reading from YAML or JSON uses, keeps any text so that reading never loses
 * data; {@link #isValid()} is then false and the validator reports it. Parsing is {@link IpParser}'s.
 */
public final class IpAddress {
  private final String text;
  private final NetAddr addr; // null when the text is not an address

  private IpAddress(String text, NetAddr addr) {
    this.text = text;
    this.addr = addr;
  }

  /** An address written in code; fails with {@link InvalidAddressException} naming the text when it is not one. */
  public static IpAddress of(String text) {
    IpAddress a = lenient(text);
    if (!a.isValid()) {
      throw new InvalidAddressException(text, "not an IPv4 or IPv6 address such as 192.0.2.1 or 2001:db8::1: \""
          + text + "\"");
    }
    return a;
  }

  /** The same as {@link #of(String)}. */
  public static IpAddress parse(String text) {
    return of(text);
  }

  /** Keeps the text whatever it is, as reading from a file must; see {@link #isValid()}. */
  @JsonCreator
  public static IpAddress lenient(String text) {
    Objects.requireNonNull(text, "text");
    return new IpAddress(text, IpParser.parseIP(text).orElse(null));
  }

  /** True when the text is an IPv4 or IPv6 address. */
  public boolean isValid() {
    return addr != null;
  }

  /** True for an IPv4 address. */
  public boolean isIpv4() {
    return addr != null && addr.is4();
  }

  /** True for an IPv6 address (IPv4-mapped ones included, as Go's netip counts them). */
  public boolean isIpv6() {
    return addr != null && addr.is6();
  }

  /** The parsed address; empty when the text is not an address. */
  public Optional<NetAddr> addr() {
    return Optional.ofNullable(addr);
  }

  /** The address bytes (4 or 16), a fresh copy; empty when the text is not an address. */
  public Optional<byte[]> bytes() {
    return Optional.ofNullable(addr).map(NetAddr::bytes);
  }

  /** The canonical text of the address (as Go's netip writes it); the original text when it is not one. */
  public String canonical() {
    return addr == null ? text : addr.toString();
  }

  /** The text as read or given. */
  @JsonValue
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IpAddress && ((IpAddress) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
