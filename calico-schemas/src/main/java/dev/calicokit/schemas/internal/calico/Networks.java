package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.IpAddress;
import java.util.Optional;

/** CIDR and address helpers with Go's parsing rules (the model's value types follow net.ParseIP). */
final class Networks {
  static final Cidr V4_LINK_LOCAL = Cidr.of("169.254.0.0/16");
  static final Cidr V6_LINK_LOCAL = Cidr.of("fe80::/10");

  private Networks() {}

  /** A CIDR or a bare address (read as a single-address network), as Calico's ParseCIDROrIP reads it. */
  static Optional<Cidr> cidrOrIp(String text) {
    Cidr c = Cidr.of(text);
    return c.isValid() ? Optional.of(c) : Optional.empty();
  }

  /** An address without a prefix. */
  static Optional<IpAddress> ip(String text) {
    IpAddress a = IpAddress.of(text);
    return a.isValid() ? Optional.of(a) : Optional.empty();
  }

  /** True when no host bit is set below the prefix ({@code 10.0.0.0/16}, not {@code 10.0.0.1/16}). */
  static boolean strictlyMasked(Cidr c) {
    return c.address().canonical().equals(c.network().canonical());
  }

  /** True when the two networks share an address. */
  static boolean overlap(Cidr a, Cidr b) {
    return a.isIpv4() == b.isIpv4() && (a.contains(b) || b.contains(a));
  }

  static String family(Cidr c) {
    return c.isIpv4() ? "IPv4" : "IPv6";
  }
}
