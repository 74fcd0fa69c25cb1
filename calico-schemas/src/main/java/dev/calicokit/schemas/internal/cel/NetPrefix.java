package dev.calicokit.schemas.internal.cel;

import java.util.Optional;

/**
 * A network prefix parsed exactly as Go's {@code net/netip.ParsePrefix} parses it: an address as
 * {@link NetAddress} reads it, without a zone, then {@code /} and a decimal length without sign or
 * leading zeros, at most 32 or 128. Host bits may be set ({@code 10.0.0.1/24} is a valid prefix whose
 * address is 10.0.0.1); {@link #masked()} clears them.
 *
 * <p>Instances are the CEL value of the Kubernetes {@code net.CIDR} type: equal when address and length
 * are equal, so {@code cidr('10.0.0.1/24') != cidr('10.0.0.0/24')}, as in Go.
 */
public final class NetPrefix {
  private final NetAddress address;
  private final int bits;

  private NetPrefix(NetAddress address, int bits) {
    this.address = address;
    this.bits = bits;
  }

  /** The prefix {@code text} names, or empty when Go's parser rejects it. */
  public static Optional<NetPrefix> parse(String text) {
    int slash = text.lastIndexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    Optional<NetAddress> addr = NetAddress.parse(text.substring(0, slash));
    if (addr.isEmpty() || !addr.get().zone().isEmpty()) {
      return Optional.empty();
    }
    String bitsText = text.substring(slash + 1);
    if (bitsText.isEmpty() || bitsText.length() > 3 || (bitsText.length() > 1 && bitsText.charAt(0) == '0')) {
      return Optional.empty();
    }
    int bits = 0;
    for (int i = 0; i < bitsText.length(); i++) {
      char c = bitsText.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      bits = bits * 10 + (c - '0');
    }
    if (bits > addr.get().bitLength()) {
      return Optional.empty();
    }
    return Optional.of(new NetPrefix(addr.get(), bits));
  }

  /** The address as written, host bits included. */
  public NetAddress address() {
    return address;
  }

  /** The prefix length in bits. */
  public int bits() {
    return bits;
  }

  /** The same prefix with its host bits cleared. */
  public NetPrefix masked() {
    return new NetPrefix(NetAddress.of(mask(address.bytes(), bits)), bits);
  }

  private static byte[] mask(byte[] b, int bits) {
    for (int i = 0; i < b.length; i++) {
      int keep = Math.max(0, Math.min(8, bits - i * 8));
      b[i] = (byte) (b[i] & (0xff << (8 - keep)));
    }
    return b;
  }

  /** Whether {@code ip} lies in this prefix; addresses of the other family never do (as Go). */
  public boolean contains(NetAddress ip) {
    if (!ip.zone().isEmpty() || ip.bitLength() != address.bitLength()) {
      return false;
    }
    return java.util.Arrays.equals(mask(ip.bytes(), bits), mask(address.bytes(), bits));
  }

  /**
   * Whether {@code other} lies within this prefix, as the Kubernetes library decides it: same network
   * under this prefix's length and a length at least as long.
   */
  public boolean contains(NetPrefix other) {
    if (other.address.bitLength() != address.bitLength()) {
      return false;
    }
    return bits <= other.bits
        && java.util.Arrays.equals(mask(other.address.bytes(), bits), mask(address.bytes(), bits));
  }

  /** Go's {@code Prefix.String()}: address as written, slash, length. */
  @Override
  public String toString() {
    return address + "/" + bits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetPrefix other && bits == other.bits && address.equals(other.address);
  }

  @Override
  public int hashCode() {
    return address.hashCode() * 131 + bits;
  }
}
