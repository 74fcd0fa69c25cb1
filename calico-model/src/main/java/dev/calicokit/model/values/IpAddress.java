package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.calicokit.model.internal.IpParsing;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address as written in a resource. The original text is kept and written back; the
 * parsed form gives the family and the canonical text (IPv4 dotted quad, IPv6 in RFC 5952 form).
 *
 * <p>Text that is not an address is kept too ({@link #isValid()} is then false) so that reading never
 * loses data; validation reports it.
 */
public final class IpAddress {
  private final String text;
  private final byte[] bytes; // null when the text is not an address

  private IpAddress(String text, byte[] bytes) {
    this.text = text;
    this.bytes = bytes;
  }

  /** Parses an address, failing with a message that quotes the text when it is not one. */
  public static IpAddress parse(String text) {
    IpAddress a = of(text);
    if (!a.isValid()) {
      throw new IllegalArgumentException("not an IPv4 or IPv6 address: \"" + text + "\"");
    }
    return a;
  }

  /** Keeps the text whatever it is; see {@link #isValid()}. */
  @JsonCreator
  public static IpAddress of(String text) {
    Objects.requireNonNull(text, "text");
    return new IpAddress(text, IpParsing.parseAddress(text));
  }

  /** True when the text is an IPv4 or IPv6 address. */
  public boolean isValid() {
    return bytes != null;
  }

  /** True for an IPv4 address. */
  public boolean isIpv4() {
    return bytes != null && bytes.length == 4;
  }

  /** True for an IPv6 address. */
  public boolean isIpv6() {
    return bytes != null && bytes.length == 16;
  }

  /** The address bytes (4 or 16), a fresh copy; empty when the text is not an address. */
  public Optional<byte[]> bytes() {
    return Optional.ofNullable(bytes).map(byte[]::clone);
  }

  /** The canonical text of the address; the original text when it is not one. */
  public String canonical() {
    return bytes == null ? text : IpParsing.format(bytes);
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
