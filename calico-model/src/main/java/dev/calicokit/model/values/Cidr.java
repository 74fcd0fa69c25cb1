package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 or IPv6 network in CIDR notation ({@code 10.0.0.0/16}, {@code fd00::/48}) as a resource
 * holds it. The original text is kept and written back, so {@code 10.0.0.1/16} stays as written;
 * {@link #canonical()} gives the network form ({@code 10.0.0.0/16}).
 *
 * <p>Two ways in, because code and files need different things:
 *
 * <ul>
 *   <li>{@link #of(String)}, for values written in code, checks at once: the text must be a CIDR with a
 *       prefix length as Go's {@code net.ParseCIDR} reads it, or {@link InvalidAddressException} says
 *       why, naming the text. A bare address such as {@code 10.42.0.0} is refused there: it is far more
 *       often a forgotten {@code /16} than a single-address network, which is written {@code /32}.
 *   <li>{@link #lenient(String)}, which reading from YAML or JSON uses, keeps any text, so that reading
 *       never loses data; {@link #isValid()} then tells whether Calico would read it as a network (its
 *       {@code ParseCIDROrIP}, which also takes a bare address as a single-address network), and the
 *       validator reports the rest.
 * </ul>
 *
 * <p>Parsing is {@link IpParser}'s.
 */
public final class Cidr {
  private final String text;
  private final NetPrefix prefix; // null when Calico would not read the text as a network

  private Cidr(String text, NetPrefix prefix) {
    this.text = text;
    this.prefix = prefix;
  }

  /**
   * A CIDR written in code: an address, a slash and a prefix length, as Go's {@code net.ParseCIDR}
   * accepts them. Fails with {@link InvalidAddressException} naming the text otherwise.
   */
  public static Cidr of(String text) {
    Objects.requireNonNull(text, "text");
    Optional<NetPrefix> p = IpParser.parseCIDR(text);
    if (p.isPresent()) {
      return new Cidr(text, p.get());
    }
    if (text.indexOf('/') < 0 && IpParser.parseIP(text).isPresent()) {
      String single = text.indexOf(':') >= 0 ? "128" : "32";
      throw new InvalidAddressException(text, "not a CIDR: \"" + text + "\" has no prefix length; write \""
          + text + "/N\" with the network's length N, or \"" + text + "/" + single + "\" for the single address");
    }
    throw new InvalidAddressException(text, "not an IPv4 or IPv6 CIDR such as 10.0.0.0/16 or fd00::/64: \""
        + text + "\"");
  }

  /** The same as {@link #of(String)}. */
  public static Cidr parse(String text) {
    return of(text);
  }

  /** Keeps the text whatever it is, as reading from a file must; see {@link #isValid()}. */
  @JsonCreator
  public static Cidr lenient(String text) {
    Objects.requireNonNull(text, "text");
    return new Cidr(text, IpParser.parseCIDROrIP(text).orElse(null));
  }

  /** True when Calico reads the text as a network: a CIDR, or a bare address (a single-address network). */
  public boolean isValid() {
    return prefix != null;
  }

  /** True for an IPv4 network. */
  public boolean isIpv4() {
    return prefix != null && prefix.is4();
  }

  /** True for an IPv6 network (IPv4-mapped addresses included, as Go's netip counts them). */
  public boolean isIpv6() {
    return prefix != null && prefix.is6();
  }

  /** The parsed network, host bits as written; empty when the text is not a network. */
  public Optional<NetPrefix> prefix() {
    return Optional.ofNullable(prefix);
  }

  /** The prefix length (32 or 128 for a bare address); fails when the text is not a network. */
  public int prefixLength() {
    return requireValid().bits();
  }

  /** The address part as written (host bits kept); fails when the text is not a network. */
  public IpAddress address() {
    return IpAddress.of(requireValid().addr().toString());
  }

  /** The network address (host bits cleared); fails when the text is not a network. */
  public IpAddress network() {
    return IpAddress.of(requireValid().masked().addr().toString());
  }

  /** The canonical network form, such as {@code 10.0.0.0/16}; the original text when invalid. */
  public String canonical() {
    return prefix == null ? text : prefix.masked().toString();
  }

  /** True when {@code other} lies entirely inside this network (same family). */
  public boolean contains(Cidr other) {
    return requireValid().contains(other.requireValid());
  }

  /** The text as read or given. */
  @JsonValue
  public String text() {
    return text;
  }

  private NetPrefix requireValid() {
    if (prefix == null) {
      throw new IllegalStateException("not an IPv4 or IPv6 CIDR: \"" + text + "\"");
    }
    return prefix;
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
