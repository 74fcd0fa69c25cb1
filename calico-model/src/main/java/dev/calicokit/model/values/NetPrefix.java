package dev.calicokit.model.values;

import java.util.Objects;

/**
 * A parsed IP network, the value of Go's {@code netip.Prefix}: an address (never with a zone) and a
 * prefix length of 0 to 32 or 128. The address keeps its host bits as written ({@code 10.0.0.1/24}
 * holds 10.0.0.1); {@link #masked()} clears them, which gives what Go's {@code net.ParseCIDR} returns as
 * its {@code *IPNet}.
 *
 * <p>Equal when address and length are equal, so {@code 10.0.0.1/24} and {@code 10.0.0.0/24} differ,
 * as {@code netip.Prefix} values do.
 */
public final class NetPrefix {
  private final NetAddr addr;
  private final int bits;

  private NetPrefix(NetAddr addr, int bits) {
    this.addr = addr;
    this.bits = bits;
  }

  /** Go's {@code PrefixFrom}: the address (its zone dropped, as Go drops it) with that prefix length. */
  public static NetPrefix of(NetAddr addr, int bits) {
    Objects.requireNonNull(addr, "addr");
    if (bits < 0 || bits > addr.bitLen()) {
      throw new IllegalArgumentException("prefix length " + bits + " out of range for " + addr);
    }
    return new NetPrefix(addr.withoutZone(), bits);
  }

  /** Go's {@code Addr}: the address as written, host bits included. */
  public NetAddr addr() {
    return addr;
  }

  /** Go's {@code Bits}: the prefix length. */
  public int bits() {
    return bits;
  }

  /** An IPv4 network. */
  public boolean is4() {
    return addr.is4();
  }

  /** An IPv6 network (IPv4-mapped ones included, as in Go). */
  public boolean is6() {
    return addr.is6();
  }

  /** Go's {@code IsSingleIP}: the length is the address's full length. */
  public boolean isSingleIP() {
    return bits == addr.bitLen();
  }

  /** Go's {@code Masked}: the same network with its host bits cleared. */
  public NetPrefix masked() {
    return addr.prefix(bits);
  }

  /** Go's {@code Contains}: the address is of this family, has no zone and lies in this network. */
  public boolean contains(NetAddr ip) {
    return ip.zone().isEmpty() && ip.bitLen() == addr.bitLen() && addr.samePrefix(ip, bits);
  }

  /**
   * True when {@code other} lies entirely inside this network: same family, a length at least as long,
   * and the same network under this length. (Go has no such method; the Kubernetes CEL library's
   * {@code containsCIDR} and Calico's own checks decide it this way.)
   */
  public boolean contains(NetPrefix other) {
    return other.addr.bitLen() == addr.bitLen() && other.bits >= bits && addr.samePrefix(other.addr, bits);
  }

  /** Go's {@code Overlaps}: the two networks share at least one address (same family only). */
  public boolean overlaps(NetPrefix other) {
    if (other.addr.bitLen() != addr.bitLen()) {
      return false;
    }
    return addr.samePrefix(other.addr, Math.min(bits, other.bits));
  }

  /** Go's {@code String}: the address as {@link NetAddr#toString()} writes it, a slash and the length. */
  @Override
  public String toString() {
    return addr + "/" + bits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetPrefix other && bits == other.bits && addr.equals(other.addr);
  }

  @Override
  public int hashCode() {
    return addr.hashCode() * 131 + bits;
  }
}
