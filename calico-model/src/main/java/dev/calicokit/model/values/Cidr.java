package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.calicokit.model.internal.IpParsing;
import java.util.Objects;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 10.0.0.0/16}, {@code fd00::/48}). Calico also
 * accepts a bare address where it expects a CIDR and reads it as a single-address network; so does
 * this type.
 *
 * <p>The original text is kept and written back, so {@code 10.0.0.1/16} stays as written; {@link
 * #canonical()} gives the network form ({@code 10.0.0.0/16}). Text that is not a CIDR is kept too
 * ({@link #isValid()} false) so that reading never loses data; validation reports it.
 */
public final class Cidr {
  private final String text;
  private final byte[] address; // null when invalid
  private final int prefixLength;

  private Cidr(String text, byte[] address, int prefixLength) {
    this.text = text;
    this.address = address;
    this.prefixLength = prefixLength;
  }

  /** Parses a CIDR, failing with a message that quotes the text when it is not one. */
  public static Cidr parse(String text) {
    Cidr c = of(text);
    if (!c.isValid()) {
      throw new IllegalArgumentException("not an IPv4 or IPv6 CIDR: \"" + text + "\"");
    }
    return c;
  }

  /** Keeps the text whatever it is; see {@link #isValid()}. */
  @JsonCreator
  public static Cidr of(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    String addr = slash < 0 ? text : text.substring(0, slash);
    byte[] bytes = IpParsing.parseAddress(addr);
    if (bytes == null) {
      return new Cidr(text, null, -1);
    }
    int max = bytes.length * 8;
    int prefix = max;
    if (slash >= 0) {
      String p = text.substring(slash + 1);
      if (!p.matches("[0-9]{1,3}")) {
        return new Cidr(text, null, -1);
      }
      prefix = Integer.parseInt(p);
      if (prefix > max) {
        return new Cidr(text, null, -1);
      }
    }
    return new Cidr(text, bytes, prefix);
  }

  /** True when the text is an IPv4 or IPv6 CIDR (or a bare address). */
  public boolean isValid() {
    return address != null;
  }

  /** True for an IPv4 network. */
  public boolean isIpv4() {
    return address != null && address.length == 4;
  }

  /** True for an IPv6 network. */
  public boolean isIpv6() {
    return address != null && address.length == 16;
  }

  /** The prefix length; fails when the text is not a CIDR. */
  public int prefixLength() {
    requireValid();
    return prefixLength;
  }

  /** The address part as written (host bits kept); fails when the text is not a CIDR. */
  public IpAddress address() {
    requireValid();
    return IpAddress.of(IpParsing.format(address));
  }

  /** The network address (host bits cleared); fails when the text is not a CIDR. */
  public IpAddress network() {
    requireValid();
    return IpAddress.of(IpParsing.format(IpParsing.mask(address, prefixLength)));
  }

  /** The canonical network form, such as {@code 10.0.0.0/16}; the original text when invalid. */
  public String canonical() {
    return address == null ? text : network().text() + "/" + prefixLength;
  }

  /** True when {@code other} lies entirely inside this network (same family). */
  public boolean contains(Cidr other) {
    requireValid();
    other.requireValid();
    if (other.address.length != address.length || other.prefixLength < prefixLength) {
      return false;
    }
    return java.util.Arrays.equals(
        IpParsing.mask(address, prefixLength), IpParsing.mask(other.address, prefixLength));
  }

  /** The text as read or given. */
  @JsonValue
  public String text() {
    return text;
  }

  private void requireValid() {
    if (address == null) {
      throw new IllegalStateException("not an IPv4 or IPv6 CIDR: \"" + text + "\"");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr && ((Cidr) o).text.equals(text);
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
