package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.values.IpParser;
import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import java.util.Optional;

/** The address and network readings of Calico's validation, all through the shared {@link IpParser}. */
final class Networks {
  static final NetPrefix V4_LINK_LOCAL = IpParser.parseCIDR("169.254.0.0/16").orElseThrow();
  static final NetPrefix V6_LINK_LOCAL = IpParser.parseCIDR("fe80::/10").orElseThrow();

  private Networks() {}

  /** A CIDR or a bare address (read as a single-address network), as Calico's ParseCIDROrIP reads it. */
  static Optional<NetPrefix> cidrOrIp(String text) {
    return IpParser.parseCIDROrIP(text);
  }

  /** An address without a prefix, as Go's net.ParseIP reads it. */
  static Optional<NetAddr> ip(String text) {
    return IpParser.parseIP(text);
  }

  /** True when no host bit is set below the prefix ({@code 10.0.0.0/16}, not {@code 10.0.0.1/16}). */
  static boolean strictlyMasked(NetPrefix c) {
    return c.equals(c.masked());
  }

  /** True when the two networks share an address. */
  static boolean overlap(NetPrefix a, NetPrefix b) {
    return a.overlaps(b);
  }

  static String family(NetPrefix c) {
    return c.is4() ? "IPv4" : "IPv6";
  }
}
