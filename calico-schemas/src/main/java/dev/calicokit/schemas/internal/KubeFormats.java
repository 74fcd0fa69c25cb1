package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.format.Format;
import dev.calicokit.model.values.IpParser;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code format} values the structural layer checks, each as the API server checks it (the
 * string formats of kube-openapi's {@code strfmt} registry, which the apiextensions server validates:
 * {@code date-time} through its lenient RFC 3339 reading; {@code ipv4} and {@code cidr} through
 * {@code k8s.io/utils/net}'s sloppy parsers, which still take leading zeros in IPv4 octets so that
 * objects stored before Go 1.17 stay valid; {@code ipv6} through Go's {@code net.ParseIP}; and so on). Formats not listed here are not checked, as the API server does
 * not check formats it does not know.
 *
 * <p>{@code int32} and {@code int64} on integers are the one deliberate addition: the API server does
 * not check them (it only logs them as unrecognised), but Calico's API server and components read such
 * fields into Go integers of that width and fail on a value that does not fit.
 */
public final class KubeFormats {
  private static final Pattern TIME = Pattern.compile("^([0-9]{2}):([0-9]{2}):([0-9]{2})(.[0-9]+)?(z|([+-][0-9]{2}:[0-9]{2}))$");
  private static final Pattern DATE = Pattern.compile("^([0-9]{4})-([0-9]{2})-([0-9]{2})$");
  private static final Pattern HOSTNAME = Pattern.compile(
      "^[a-zA-Z0-9\\p{S}\\p{L}]((-?[a-zA-Z0-9\\p{S}\\p{L}]{0,62})?)|([a-zA-Z0-9\\p{S}\\p{L}](([a-zA-Z0-9-\\p{S}\\p{L}]{0,61}[a-zA-Z0-9\\p{S}\\p{L}])?)(\\.)){1,}([a-zA-Z\\p{L}]){2,63}$");
  private static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MAC = Pattern.compile(
      "^[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(\\1[0-9a-fA-F]{2}){4}$|^[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(\\3[0-9a-fA-F]{2}){6}$"
          + "|^[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(\\5[0-9a-fA-F]{2}){18}$|^([0-9a-fA-F]{4}\\.){2}[0-9a-fA-F]{4}$"
          + "|^([0-9a-fA-F]{4}\\.){3}[0-9a-fA-F]{4}$|^([0-9a-fA-F]{4}\\.){9}[0-9a-fA-F]{4}$");

  /** One checked format: its name, what a valid value looks like (for messages), and the check. */
  public record Checked(String name, String expected, Predicate<JsonNode> valid) {}

  private static final Map<String, Checked> ALL = new TreeMap<>();

  static {
    put("int32", "an integer from -2147483648 to 2147483647", n -> fitsBits(n, 32));
    put("int64", "an integer from -9223372036854775808 to 9223372036854775807", n -> fitsBits(n, 64));
    put("cidr", "a CIDR such as 10.0.0.0/16 or fd00::/64", text(KubeFormats::isCidr));
    put("date-time", "an RFC 3339 date and time such as 2025-01-08T11:40:17Z", text(KubeFormats::isDateTime));
    put("datetime", "an RFC 3339 date and time such as 2025-01-08T11:40:17Z", text(KubeFormats::isDateTime));
    put("date", "a date such as 2025-01-08", text(KubeFormats::isDate));
    // strfmt's isIPv4 and govalidator's IsIPv6: any address the parser takes, told apart only by its text.
    put("ipv4", "an IPv4 address such as 192.0.2.1", text(s -> s.contains(".") && IpParser.parseIPSloppy(s).isPresent()));
    put("ipv6", "an IPv6 address such as 2001:db8::1", text(s -> s.contains(":") && IpParser.parseIP(s).isPresent()));
    put("hostname", "a host name such as node-1.example.com", text(s -> s.length() <= 255 && HOSTNAME.matcher(s).matches()));
    put("uuid", "a UUID such as 123e4567-e89b-12d3-a456-426614174000", text(s -> UUID.matcher(s).matches()));
    put("mac", "a MAC address such as 00:00:5e:00:53:01", text(s -> MAC.matcher(s).matches()));
    put("byte", "base64-encoded data", text(KubeFormats::isBase64));
  }

  private KubeFormats() {}

  private static void put(String name, String expected, Predicate<JsonNode> valid) {
    ALL.put(name, new Checked(name, expected, valid));
  }

  /** The checked format of that name, when the layer checks it. */
  public static Optional<Checked> of(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  /** The checked formats as networknt formats, to replace its own (which follow JSON Schema, not Kubernetes). */
  public static List<Format> networkntFormats() {
    return ALL.values().stream().map(c -> (Format) new Format() {
      @Override
      public String getName() {
        return c.name();
      }

      @Override
      public boolean matches(ExecutionContext ec, SchemaContext sc, JsonNode value) {
        return c.valid().test(value);
      }
    }).toList();
  }

  /** Applies a string check to strings; other types pass (the type check reports them). */
  private static Predicate<JsonNode> text(Predicate<String> check) {
    return n -> !n.isTextual() || check.test(n.textValue());
  }

  private static boolean fitsBits(JsonNode n, int bits) {
    if (!n.isNumber()) {
      return true;
    }
    BigInteger v;
    if (n.isIntegralNumber()) {
      v = n.bigIntegerValue();
    } else {
      try {
        v = n.decimalValue().toBigIntegerExact();
      } catch (ArithmeticException e) {
        return true; // not whole: the type check reports it
      }
    }
    return v.bitLength() < bits;
  }

  /** strfmt's {@code isCIDR}: {@code k8s.io/utils/net.ParseCIDRSloppy} ({@code 010.0.0.0/8} and {@code /024} pass). */
  static boolean isCidr(String s) {
    return IpParser.parseCIDRSloppy(s).isPresent();
  }

  /**
   * kube-openapi's {@code IsDateTime}: lower-cased and split at 't', a valid calendar date, then
   * {@code hh:mm:ss}, optional fraction and a {@code z} or {@code ±hh:mm} offset, hours to 23 and
   * minutes and seconds to 59.
   */
  static boolean isDateTime(String s) {
    if (s.length() < 4) {
      return false;
    }
    String[] parts = s.toLowerCase(Locale.ROOT).split("t", -1);
    if (parts.length < 2 || !isDate(parts[0])) {
      return false;
    }
    Matcher m = TIME.matcher(parts[1]);
    return m.matches() && m.group(1).compareTo("23") <= 0 && m.group(2).compareTo("59") <= 0
        && m.group(3).compareTo("59") <= 0;
  }

  /** A full date {@code yyyy-mm-dd} that exists in the calendar. */
  static boolean isDate(String s) {
    Matcher m = DATE.matcher(s);
    if (!m.matches()) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static boolean isBase64(String s) {
    try {
      Base64.getDecoder().decode(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
