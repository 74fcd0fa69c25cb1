package dev.calicokit.model.values;

import java.util.Arrays;
import java.util.Objects;

/**
 * A parsed IP address, the value of Go's {@code netip.Addr}: 4 bytes for IPv4, 16 for IPv6, and for
 * IPv6 an optional zone ({@code fe80::1%eth0}). {@link IpParser} makes them from text; the methods
 * answer as the Go methods of the same names do, so that rules ported from Go keep their meaning.
 *
 * <p>An IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) stays IPv6, as in {@code netip}: {@link
 * #is4In6()} tells it apart and {@link #unmap()} gives the IPv4 address. (Go's older {@code net.IP}
 * makes no such difference; callers that follow it unmap first.)
 *
 * <p>Equal when bytes and zone are equal, as {@code netip.Addr} values compare with {@code ==}.
 */
public final class NetAddr {
  private final byte[] bytes; // 4 or 16, never handed out
  private final String zone; // "" when none; always "" for IPv4

  private NetAddr(byte[] bytes, String zone) {
    this.bytes = bytes;
    this.zone = zone;
  }

  /** The address of 4 (IPv4) or 16 (IPv6) bytes, without a zone. */
  public static NetAddr fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != 4 && bytes.length != 16) {
      throw new IllegalArgumentException("an IP address has 4 or 16 bytes, not " + bytes.length);
    }
    return new NetAddr(bytes.clone(), "");
  }

  /** For the parser, which hands over a fresh array it does not keep. */
  static NetAddr owning(byte[] bytes, String zone) {
    return new NetAddr(bytes, bytes.length == 4 ? "" : zone);
  }

  /** The address bytes (4 or 16), a fresh copy. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Go's {@code Is4}: an IPv4 address (not an IPv4-mapped IPv6 one). */
  public boolean is4() {
    return bytes.length == 4;
  }

  /** Go's {@code Is6}: an IPv6 address, IPv4-mapped ones included. */
  public boolean is6() {
    return bytes.length == 16;
  }

  /** Go's {@code Is4In6}: an IPv6 address in {@code ::ffff:0:0/96}. */
  public boolean is4In6() {
    if (bytes.length != 16) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return u8(10) == 0xff && u8(11) == 0xff;
  }

  /** Go's {@code Unmap}: the IPv4 address inside an IPv4-mapped one; any other address unchanged. */
  public NetAddr unmap() {
    return is4In6() ? new NetAddr(Arrays.copyOfRange(bytes, 12, 16), "") : this;
  }

  /** Go's {@code BitLen}: 32 or 128. */
  public int bitLen() {
    return bytes.length * 8;
  }

  /** Go's {@code Zone}: the IPv6 zone after {@code %}, or "". */
  public String zone() {
    return zone;
  }

  /** Go's {@code WithZone("")}: the same address without its zone. */
  public NetAddr withoutZone() {
    return zone.isEmpty() ? this : new NetAddr(bytes, "");
  }

  /** Go's {@code IsUnspecified}: {@code 0.0.0.0} or {@code ::} (no zone). */
  public boolean isUnspecified() {
    return zone.isEmpty() && allZero(bytes);
  }

  /** Go's {@code IsLoopback}: {@code 127.0.0.0/8} or {@code ::1}; a mapped address is judged as IPv4. */
  public boolean isLoopback() {
    if (is4In6()) {
      return unmap().isLoopback();
    }
    if (is4()) {
      return u8(0) == 127;
    }
    return allZero(Arrays.copyOf(bytes, 15)) && u8(15) == 1;
  }

  /** Go's {@code IsMulticast}: {@code 224.0.0.0/4} or {@code ff00::/8}. */
  public boolean isMulticast() {
    if (is4In6()) {
      return unmap().isMulticast();
    }
    return is4() ? (u8(0) & 0xf0) == 0xe0 : u8(0) == 0xff;
  }

  /** Go's {@code IsLinkLocalMulticast}: {@code 224.0.0.0/24} or {@code ff02::/16} (any flags nibble). */
  public boolean isLinkLocalMulticast() {
    if (is4In6()) {
      return unmap().isLinkLocalMulticast();
    }
    if (is4()) {
      return u8(0) == 224 && u8(1) == 0 && u8(2) == 0;
    }
    return u8(0) == 0xff && (u8(1) & 0x0f) == 0x02;
  }

  /** Go's {@code IsLinkLocalUnicast}: {@code 169.254.0.0/16} or {@code fe80::/10}. */
  public boolean isLinkLocalUnicast() {
    if (is4In6()) {
      return unmap().isLinkLocalUnicast();
    }
    if (is4()) {
      return u8(0) == 169 && u8(1) == 254;
    }
    return u8(0) == 0xfe && (u8(1) & 0xc0) == 0x80;
  }

  /**
   * Go's {@code IsGlobalUnicast}: none of unspecified, IPv4 broadcast, loopback, multicast or
   * link-local unicast. Private and unique-local addresses count, as in Go.
   */
  public boolean isGlobalUnicast() {
    NetAddr a = unmap();
    if (a.is4() && (allZero(a.bytes) || (a.u8(0) == 255 && a.u8(1) == 255 && a.u8(2) == 255 && a.u8(3) == 255))) {
      return false;
    }
    return !a.isUnspecified() && !a.isLoopback() && !a.isMulticast() && !a.isLinkLocalUnicast();
  }

  /** Go's {@code Prefix(bits)}: the network of that length holding this address, host bits cleared. */
  public NetPrefix prefix(int bits) {
    if (bits < 0 || bits > bitLen()) {
      throw new IllegalArgumentException("prefix length " + bits + " out of range for " + this);
    }
    return NetPrefix.of(new NetAddr(masked(bytes, bits), ""), bits);
  }

  /** The bytes with every bit after the first {@code bits} cleared (a fresh array). */
  static byte[] masked(byte[] b, int bits) {
    byte[] out = b.clone();
    for (int i = 0; i < out.length; i++) {
      int keep = Math.max(0, Math.min(8, bits - 8 * i));
      out[i] = (byte) (out[i] & (0xff << (8 - keep)));
    }
    return out;
  }

  /** True when both addresses agree on their first {@code bits} bits (same length assumed). */
  boolean samePrefix(NetAddr other, int bits) {
    return Arrays.equals(masked(bytes, bits), masked(other.bytes, bits));
  }

  /**
   * Go's {@code String}: dotted decimal for IPv4; for IPv6 lower-case hex groups with the first longest
   * run of two or more zero groups written {@code ::} (RFC 5952), an IPv4-mapped address as {@code
   * ::ffff:} and a dotted quad, and the zone after {@code %}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(46);
    if (is4()) {
      appendQuad(b, 0);
      return b.toString();
    }
    if (is4In6()) {
      b.append("::ffff:");
      appendQuad(b, 12);
    } else {
      int zeroStart = -1;
      int zeroEnd = -1;
      for (int i = 0; i < 8; i++) {
        int j = i;
        while (j < 8 && group(j) == 0) {
          j++;
        }
        if (j - i >= 2 && j - i > zeroEnd - zeroStart) {
          zeroStart = i;
          zeroEnd = j;
        }
      }
      for (int i = 0; i < 8; i++) {
        if (i == zeroStart) {
          b.append("::");
          i = zeroEnd;
          if (i >= 8) {
            break;
          }
        } else if (i > 0) {
          b.append(':');
        }
        b.append(Integer.toHexString(group(i)));
      }
    }
    if (!zone.isEmpty()) {
      b.append('%').append(zone);
    }
    return b.toString();
  }

  private void appendQuad(StringBuilder b, int from) {
    b.append(u8(from)).append('.').append(u8(from + 1)).append('.').append(u8(from + 2)).append('.').append(u8(from + 3));
  }

  private int group(int i) {
    return (u8(2 * i) << 8) | u8(2 * i + 1);
  }

  private int u8(int i) {
    return bytes[i] & 0xff;
  }

  private static boolean allZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetAddr other && Arrays.equals(bytes, other.bytes) && zone.equals(other.zone);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes) * 31 + zone.hashCode();
  }
}
