package dev.calicokit.model.values;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The one IP address and CIDR parser of the library. Each method mirrors one Go function, because
 * the programs that judge Calico resources are written in Go and several Go parsers are in play, which
 * differ on leading zeros, zones and the spelling of the prefix length:
 *
 * <table>
 *   <caption>What each parser accepts</caption>
 *   <tr><th>method</th><th>Go function</th><th>used by</th><th>IPv4 leading zeros</th><th>zone</th>
 *     <th>prefix length</th></tr>
 *   <tr><td>{@link #parseAddr}</td><td>{@code netip.ParseAddr}</td><td>Kubernetes CEL {@code ip()}</td>
 *     <td>rejected</td><td>IPv6 only</td><td>-</td></tr>
 *   <tr><td>{@link #parsePrefix}</td><td>{@code netip.ParsePrefix}</td><td>Kubernetes CEL {@code cidr()}</td>
 *     <td>rejected</td><td>rejected</td><td>decimal, no leading zeros ({@code /024} rejected)</td></tr>
 *   <tr><td>{@link #parseIP}</td><td>{@code net.ParseIP}</td><td>Calico; OpenAPI {@code ipv6}</td>
 *     <td>rejected</td><td>rejected</td><td>-</td></tr>
 *   <tr><td>{@link #parseCIDR}</td><td>{@code net.ParseCIDR}</td><td>Calico</td><td>rejected</td>
 *     <td>rejected</td><td>decimal digits, leading zeros allowed ({@code /024} is 24)</td></tr>
 *   <tr><td>{@link #parseIPSloppy}</td><td>{@code k8s.io/utils/net.ParseIPSloppy}</td>
 *     <td>OpenAPI {@code ipv4}</td><td>allowed, read as decimal</td><td>rejected</td><td>-</td></tr>
 *   <tr><td>{@link #parseCIDRSloppy}</td><td>{@code k8s.io/utils/net.ParseCIDRSloppy}</td>
 *     <td>OpenAPI {@code cidr}</td><td>allowed, read as decimal</td><td>rejected</td>
 *     <td>as {@code net.ParseCIDR}</td></tr>
 *   <tr><td>{@link #parseCIDROrIP}</td><td>libcalico-go {@code net.ParseCIDROrIP}</td><td>Calico</td>
 *     <td>rejected</td><td>rejected</td><td>as {@code net.ParseCIDR}, or none: a single address</td></tr>
 * </table>
 *
 * <p>The Go 1.17 and later parsers reject an IPv4 octet with a leading zero ({@code 010.1.1.1}) since
 * older Go read it as decimal while other tools read it as octal; Kubernetes kept the old reading in its
 * "sloppy" parsers so that stored objects stay valid, and its OpenAPI formats use them. The sloppy
 * parsers are Go 1.16's code, which also takes more than four hex digits in an IPv6 group when the
 * value fits ({@code 00001::}). None of them resolves host names or trims spaces.
 *
 * <p>Every method returns empty where the Go function returns an error (or nil).
 */
public final class IpParser {
  /** Go's {@code net} package stops reading a number at this value (its {@code big}). */
  private static final int BIG = 0xFFFFFF;

  private IpParser() {}

  /**
   * Go's {@code netip.ParseAddr}: dotted decimal IPv4 without leading zeros, or IPv6 with groups of one
   * to four hex digits, at most one {@code ::} standing for at least one group, an optional dotted quad
   * in the last 32 bits and an optional non-empty zone after {@code %} ({@code fe80::1%eth0}).
   */
  public static Optional<NetAddr> parseAddr(String s) {
    Objects.requireNonNull(s, "s");
    return Optional.ofNullable(addr(s, false));
  }

  /** Go's {@code net.ParseIP} (Go 1.17 and later): {@link #parseAddr} without a zone. */
  public static Optional<NetAddr> parseIP(String s) {
    return parseAddr(s).filter(a -> a.zone().isEmpty());
  }

  /**
   * {@code k8s.io/utils/net.ParseIPSloppy}, Go 1.16's {@code net.ParseIP}: as {@link #parseIP} but an
   * IPv4 octet may have leading zeros ({@code 010.0.0.1} is 10.0.0.1) and an IPv6 group may have more
   * than four hex digits while its value fits in 16 bits.
   */
  public static Optional<NetAddr> parseIPSloppy(String s) {
    Objects.requireNonNull(s, "s");
    return Optional.ofNullable(addr(s, true));
  }

  /**
   * Go's {@code netip.ParsePrefix}: an address as {@link #parseAddr} reads it but without a zone, the
   * last {@code /}, and a decimal length without sign or leading zeros ({@code /024} is rejected), at
   * most 32 or 128. Host bits may be set; they are kept.
   */
  public static Optional<NetPrefix> parsePrefix(String s) {
    Objects.requireNonNull(s, "s");
    int slash = s.lastIndexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    NetAddr a = addr(s.substring(0, slash), false);
    if (a == null || !a.zone().isEmpty()) {
      return Optional.empty();
    }
    String len = s.substring(slash + 1);
    // Go checks the first character itself because strconv.Atoi would accept a sign and leading zeros.
    if (len.length() > 1 && (len.charAt(0) < '1' || len.charAt(0) > '9')) {
      return Optional.empty();
    }
    return Optional.ofNullable(prefix(a, len));
  }

  /**
   * Go's {@code net.ParseCIDR} (Go 1.17 and later): an address as {@link #parseIP} reads it, the first
   * {@code /}, and one or more decimal digits, leading zeros allowed ({@code /024} is /24), at most 32
   * or 128. The result keeps the host bits of the address (Go's first result); {@link
   * NetPrefix#masked()} gives Go's {@code *IPNet}.
   */
  public static Optional<NetPrefix> parseCIDR(String s) {
    return cidr(s, false);
  }

  /**
   * {@code k8s.io/utils/net.ParseCIDRSloppy}, Go 1.16's {@code net.ParseCIDR}: as {@link #parseCIDR}
   * with the address read as {@link #parseIPSloppy} reads it.
   */
  public static Optional<NetPrefix> parseCIDRSloppy(String s) {
    return cidr(s, true);
  }

  /**
   * libcalico-go's {@code net.ParseCIDROrIP}, which Calico's validation uses for most network fields:
   * {@link #parseCIDR}, or else an address as {@link #parseIP} reads it, taken as the network of that
   * one address ({@code /32} or {@code /128}).
   */
  public static Optional<NetPrefix> parseCIDROrIP(String s) {
    Optional<NetPrefix> cidr = parseCIDR(s);
    return cidr.isPresent() ? cidr : parseIP(s).map(a -> NetPrefix.of(a, a.bitLen()));
  }

  private static Optional<NetPrefix> cidr(String s, boolean sloppy) {
    Objects.requireNonNull(s, "s");
    int slash = s.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    NetAddr a = addr(s.substring(0, slash), sloppy);
    if (a == null || !a.zone().isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(prefix(a, s.substring(slash + 1)));
  }

  /** The prefix of {@code a} with the decimal length {@code len}, or null when it is not one or too long. */
  private static NetPrefix prefix(NetAddr a, String len) {
    int n = decimal(len, 0, len.length());
    return n < 0 || n > a.bitLen() ? null : NetPrefix.of(a, n);
  }

  /**
   * Go's {@code dtoi} over all of {@code s[from, to)}: one or more ASCII digits, any leading zeros;
   * -1 when not so or when the value reaches Go's {@code big}.
   */
  private static int decimal(String s, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
      if (n >= BIG) {
        return -1;
      }
    }
    return n;
  }

  /** The address, or null. The family is chosen by the first '.' or ':' as Go chooses it. */
  private static NetAddr addr(String s, boolean sloppy) {
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '.': {
          byte[] v4 = new byte[4];
          return ipv4(s, 0, s.length(), v4, 0, sloppy) ? NetAddr.owning(v4, "") : null;
        }
        case ':':
          return ipv6(s, sloppy);
        case '%':
          return null; // a zone with no address before it
        default:
          break;
      }
    }
    return null;
  }

  /**
   * Four dotted decimal octets filling {@code s[from, to)}, written into {@code out[at, at + 4)}.
   * Strict: Go's {@code netip} rule, no leading zeros. Sloppy: Go 1.16, any leading zeros.
   */
  private static boolean ipv4(String s, int from, int to, byte[] out, int at, boolean sloppy) {
    int p = from;
    for (int field = 0; field < 4; field++) {
      if (field > 0) {
        if (p >= to || s.charAt(p) != '.') {
          return false;
        }
        p++;
      }
      int start = p;
      while (p < to && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
        p++;
      }
      if (p == start || (!sloppy && (p - start > 3 || (p - start > 1 && s.charAt(start) == '0')))) {
        return false;
      }
      int v = decimal(s, start, p);
      if (v < 0 || v > 255) {
        return false;
      }
      out[at + field] = (byte) v;
    }
    return p == to;
  }

  /**
   * An IPv6 address, the algorithm Go's {@code net} and {@code netip} share. Strict ({@code netip}):
   * groups of at most four hex digits, a zone split off at the first {@code %}. Sloppy (Go 1.16
   * {@code net}): any number of digits while the value fits, no zone.
   */
  private static NetAddr ipv6(String in, boolean sloppy) {
    int end = in.length();
    String zone = "";
    if (!sloppy) {
      int pct = in.indexOf('%');
      if (pct >= 0) {
        zone = in.substring(pct + 1);
        end = pct;
        if (zone.isEmpty()) {
          return null;
        }
      }
    }
    byte[] ip = new byte[16];
    int ellipsis = -1; // byte position of the "::"
    int p = 0;
    if (end >= 2 && in.charAt(0) == ':' && in.charAt(1) == ':') {
      ellipsis = 0;
      p = 2;
      if (p == end) {
        return NetAddr.owning(ip, zone);
      }
    }
    int i = 0;
    while (i < 16) {
      int start = p;
      int acc = 0;
      while (p < end && hex(in.charAt(p)) >= 0) {
        acc = (acc << 4) + hex(in.charAt(p));
        p++;
        if ((!sloppy && p - start > 4) || acc > 0xFFFF) {
          return null;
        }
      }
      if (p == start) {
        return null;
      }
      if (p < end && in.charAt(p) == '.') {
        // A dotted quad may only stand for the last two groups.
        if ((ellipsis < 0 && i != 12) || i + 4 > 16 || !ipv4(in, start, end, ip, i, sloppy)) {
          return null;
        }
        p = end;
        i += 4;
        break;
      }
      ip[i] = (byte) (acc >> 8);
      ip[i + 1] = (byte) acc;
      i += 2;
      if (p == end) {
        break;
      }
      if (in.charAt(p) != ':' || p + 1 == end) {
        return null;
      }
      p++;
      if (in.charAt(p) == ':') {
        if (ellipsis >= 0) {
          return null; // a second "::"
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
      System.arraycopy(ip, ellipsis, ip, ellipsis + n, i - ellipsis);
      Arrays.fill(ip, ellipsis, ellipsis + n, (byte) 0);
    } else if (ellipsis >= 0) {
      return null; // "::" must stand for at least one group
    }
    return NetAddr.owning(ip, zone);
  }

  private static int hex(char c) {
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
}
