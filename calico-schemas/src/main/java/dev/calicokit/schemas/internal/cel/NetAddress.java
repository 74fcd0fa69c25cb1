package dev.calicokit.schemas.internal.cel;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address parsed exactly as Go's {@code net/netip.ParseAddr} parses it, because the
 * Kubernetes CEL library judges addresses with that parser: IPv4 needs four decimal octets without
 * leading zeros, IPv6 groups have one to four hex digits, one {@code ::} at most, an embedded IPv4 only
 * in the last 32 bits, and an optional zone after {@code %}. Never resolves names.
 *
 * <p>Instances are the CEL value of the Kubernetes {@code net.IP} type: equal when the address bytes
 * (and zone) are equal.
 */
public final class NetAddress {
  private final byte[] bytes; // 4 or 16
  private final String zone; // "" when none

  private NetAddress(byte[] bytes, String zone) {
    this.bytes = bytes;
    this.zone = zone;
  }

  /** The address {@code text} names, or empty when Go's parser rejects it. */
  public static Optional<NetAddress> parse(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '.':
          byte[] v4 = parseIpv4(text, 0, text.length());
          return v4 == null ? Optional.empty() : Optional.of(new NetAddress(v4, ""));
        case ':':
          return Optional.ofNullable(parseIpv6(text));
        case '%':
          return Optional.empty(); // a zone without an address
        default:
          break;
      }
    }
    return Optional.empty();
  }

  /** Four dotted decimal octets in {@code s[from, to)}, or null. */
  static byte[] parseIpv4(String s, int from, int to) {
    byte[] out = new byte[4];
    int val = 0;
    int pos = 0;
    int digits = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (digits == 1 && val == 0) {
          return null; // leading zero
        }
        val = val * 10 + (c - '0');
        digits++;
        if (val > 255) {
          return null;
        }
      } else if (c == '.') {
        if (i == from || i == to - 1 || s.charAt(i - 1) == '.' || pos == 3) {
          return null;
        }
        out[pos++] = (byte) val;
        val = 0;
        digits = 0;
      } else {
        return null;
      }
    }
    if (pos < 3) {
      return null;
    }
    out[3] = (byte) val;
    return out;
  }

  private static NetAddress parseIpv6(String in) {
    String s = in;
    String zone = "";
    int pct = s.indexOf('%');
    if (pct >= 0) {
      zone = s.substring(pct + 1);
      s = s.substring(0, pct);
      if (zone.isEmpty()) {
        return null;
      }
    }
    int end = s.length();
    byte[] ip = new byte[16];
    int ellipsis = -1;
    int p = 0; // read position in s
    if (end >= 2 && s.charAt(0) == ':' && s.charAt(1) == ':') {
      ellipsis = 0;
      p = 2;
      if (p == end) {
        return new NetAddress(ip, zone);
      }
    }
    int i = 0;
    while (i < 16) {
      int off = 0;
      int acc = 0;
      while (p + off < end) {
        int d = hexDigit(s.charAt(p + off));
        if (d < 0) {
          break;
        }
        acc = (acc << 4) + d;
        if (off > 3) {
          return null; // more than four hex digits
        }
        off++;
      }
      if (off == 0) {
        return null;
      }
      if (p + off < end && s.charAt(p + off) == '.') {
        if ((ellipsis < 0 && i != 12) || i + 4 > 16) {
          return null;
        }
        byte[] v4 = parseIpv4(s, p, end);
        if (v4 == null) {
          return null;
        }
        System.arraycopy(v4, 0, ip, i, 4);
        p = end;
        i += 4;
        break;
      }
      ip[i] = (byte) (acc >> 8);
      ip[i + 1] = (byte) acc;
      i += 2;
      p += off;
      if (p == end) {
        break;
      }
      if (s.charAt(p) != ':' || p + 1 == end) {
        return null;
      }
      p++;
      if (s.charAt(p) == ':') {
        if (ellipsis >= 0) {
          return null; // a second ::
        }
        ellipsis = i;
        p++;
        if (p == end) {
          break;
        }
      }
    }
    if (p != end) {
      return null;
    }
    if (i < 16) {
      if (ellipsis < 0) {
        return null;
      }
      int n = 16 - i;
      for (int j = i - 1; j >= ellipsis; j--) {
        ip[j + n] = ip[j];
      }
      Arrays.fill(ip, ellipsis, ellipsis + n, (byte) 0);
    } else if (ellipsis >= 0) {
      return null; // :: must stand for at least one group
    }
    return new NetAddress(ip, zone);
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  static NetAddress of(byte[] bytes) {
    return new NetAddress(bytes.clone(), "");
  }

  byte[] bytes() {
    return bytes.clone();
  }

  /** 4 or 6. */
  public int family() {
    return bytes.length == 4 ? 4 : 6;
  }

  /** The number of bits of the address: 32 or 128. */
  public int bitLength() {
    return bytes.length * 8;
  }

  /** The zone after {@code %}, or "". */
  public String zone() {
    return zone;
  }

  /** An IPv6 address of the form {@code ::ffff:a.b.c.d}. */
  public boolean isIpv4MappedIpv6() {
    if (bytes.length != 16) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
  }

  private int u8(int i) {
    return bytes[i] & 0xff;
  }

  private boolean allZero() {
    for (byte b : bytes) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** 0.0.0.0 or ::. */
  public boolean isUnspecified() {
    return allZero();
  }

  /** 127.0.0.0/8 or ::1. */
  public boolean isLoopback() {
    if (bytes.length == 4) {
      return u8(0) == 127;
    }
    for (int i = 0; i < 15; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return u8(15) == 1;
  }

  /** 224.0.0.0/4 or ff00::/8. */
  public boolean isMulticast() {
    return bytes.length == 4 ? (u8(0) & 0xf0) == 0xe0 : u8(0) == 0xff;
  }

  /** 224.0.0.0/24 or ff02::/16 (any flags nibble, as Go masks it). */
  public boolean isLinkLocalMulticast() {
    if (bytes.length == 4) {
      return u8(0) == 224 && u8(1) == 0 && u8(2) == 0;
    }
    return u8(0) == 0xff && (u8(1) & 0x0f) == 0x02;
  }

  /** 169.254.0.0/16 or fe80::/10. */
  public boolean isLinkLocalUnicast() {
    if (bytes.length == 4) {
      return u8(0) == 169 && u8(1) == 254;
    }
    return u8(0) == 0xfe && (u8(1) & 0xc0) == 0x80;
  }

  /** As Go: neither unspecified, broadcast, loopback, multicast nor link-local unicast. */
  public boolean isGlobalUnicast() {
    if (bytes.length == 4 && (allZero() || (u8(0) == 255 && u8(1) == 255 && u8(2) == 255 && u8(3) == 255))) {
      return false;
    }
    return !allZero() && !isLoopback() && !isMulticast() && !isLinkLocalUnicast();
  }

  /** The canonical text, as Go's {@code Addr.String()}: RFC 5952 for IPv6, lower case. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (bytes.length == 4) {
      b.append(u8(0)).append('.').append(u8(1)).append('.').append(u8(2)).append('.').append(u8(3));
      return b.toString();
    }
    if (isIpv4MappedIpv6()) {
      b.append("::ffff:").append(u8(12)).append('.').append(u8(13)).append('.').append(u8(14)).append('.').append(u8(15));
    } else {
      // The first longest run of two or more zero groups becomes "::".
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
        if (j > i) {
          i = j;
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

  private int group(int i) {
    return (u8(2 * i) << 8) | u8(2 * i + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetAddress other && Arrays.equals(bytes, other.bytes) && zone.equals(other.zone);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes) * 31 + zone.hashCode();
  }
}
