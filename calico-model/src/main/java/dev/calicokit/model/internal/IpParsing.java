package dev.calicokit.model.internal;

/**
 * Parses and prints IP addresses without name resolution ({@code InetAddress.getByName} would try DNS
 * for anything that is not a literal, and accepts forms Go does not, such as {@code 010.1.1.1}).
 * The accepted forms follow Go's {@code net.ParseIP}: dotted-quad IPv4 without leading zeros, IPv6 with
 * at most one {@code ::} and an optional trailing dotted quad.
 */
public final class IpParsing {
  private IpParsing() {}

  /** The 4 or 16 address bytes, or null when the text is not an address. */
  public static byte[] parseAddress(String s) {
    if (s.indexOf(':') >= 0) {
      return parseV6(s);
    }
    return parseV4(s);
  }

  private static byte[] parseV4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return null;
      }
      int v = 0;
      for (int j = 0; j < p.length(); j++) {
        char c = p.charAt(j);
        if (c < '0' || c > '9') {
          return null;
        }
        v = v * 10 + (c - '0');
      }
      if (v > 255) {
        return null;
      }
      out[i] = (byte) v;
    }
    return out;
  }

  private static byte[] parseV6(String s) {
    byte[] out = new byte[16];
    int dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
      return null;
    }
    String head = dbl >= 0 ? s.substring(0, dbl) : s;
    String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
    int[] headWords = words(head);
    int[] tailWords = words(tail);
    if (headWords == null || tailWords == null) {
      return null;
    }
    int total = headWords.length + tailWords.length;
    if (dbl < 0 ? total != 8 : total > 7) {
      return null;
    }
    for (int i = 0; i < headWords.length; i++) {
      out[2 * i] = (byte) (headWords[i] >> 8);
      out[2 * i + 1] = (byte) headWords[i];
    }
    int start = 8 - tailWords.length;
    for (int i = 0; i < tailWords.length; i++) {
      out[2 * (start + i)] = (byte) (tailWords[i] >> 8);
      out[2 * (start + i) + 1] = (byte) tailWords[i];
    }
    return out;
  }

  /** The 16-bit words of a colon-separated part, a trailing dotted quad counting as two; null if bad. */
  private static int[] words(String part) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] items = part.split(":", -1);
    int n = items.length;
    boolean quad = items[n - 1].indexOf('.') >= 0;
    int[] out = new int[quad ? n + 1 : n];
    for (int i = 0; i < n; i++) {
      String it = items[i];
      if (quad && i == n - 1) {
        byte[] v4 = parseV4(it);
        if (v4 == null) {
          return null;
        }
        out[i] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
        out[i + 1] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
        continue;
      }
      if (it.isEmpty() || it.length() > 4) {
        return null;
      }
      int v = 0;
      for (int j = 0; j < it.length(); j++) {
        int d = Character.digit(it.charAt(j), 16);
        if (d < 0) {
          return null;
        }
        v = v * 16 + d;
      }
      out[i] = v;
    }
    return out;
  }

  /** The bytes with every bit after {@code prefix} cleared. */
  public static byte[] mask(byte[] address, int prefix) {
    byte[] out = address.clone();
    for (int i = 0; i < out.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - 8 * i));
      out[i] = (byte) (out[i] & (0xff << (8 - keep)));
    }
    return out;
  }

  /** Canonical text: dotted quad for 4 bytes, RFC 5952 for 16 (longest zero run as ::, lowercase). */
  public static String format(byte[] b) {
    if (b.length == 4) {
      return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }
    int[] w = new int[8];
    for (int i = 0; i < 8; i++) {
      w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (w[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && w[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(w[i]));
    }
    return sb.toString();
  }
}
