package dev.calicokit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Kubernetes' YAML reader (sigs.k8s.io/yaml over go-yaml v2) makes of a plain scalar, where
 * SnakeYAML's YAML 1.1 resolver, as Jackson applies it, differs: {@code y}, {@code Y}, {@code n} and
 * {@code N} are booleans; {@code 0X1F}, {@code 0o17} and {@code 0O17} are integers (Go's
 * {@code strconv.ParseInt} with base 0, underscores removed); digits that are no octal number, such
 * as {@code 08}, are floats (go-yaml's float pattern). Keys become text as sigs.k8s.io/yaml turns
 * them into JSON keys: a boolean key {@code on} is {@code "true"}, an integer key {@code 0x10} is
 * {@code "16"}, a float key is written as Go's {@code strconv.FormatFloat(f, 'g', -1, 64)}.
 * Base-60 forms ({@code 1:30}) stay strings: go-yaml v2 does not read them.
 */
public final class GoYamlScalars {
  private static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  /** go-yaml v2's pattern for floats, applied to the text without underscores. */
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  /** What Go's ParseInt with base 0 accepts, underscores removed. */
  private static final Pattern INT = Pattern.compile("[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)");
  private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  private GoYamlScalars() {}

  /** The float forms go-yaml v2 reads as infinities and not-a-number, which JSON cannot hold. */
  public static boolean isInfinityOrNaN(String text) {
    return text.matches("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  }

  /** The value of a plain scalar as go-yaml v2 resolves it, or null where it stays the text. */
  public static JsonNode resolve(String text, JsonNodeFactory nodes) {
    if (text.isEmpty() || text.length() > 1000) {
      return null; // longer numbers are refused before (SourceReader's bounds), longer words are text
    }
    char c = text.charAt(0);
    if (text.length() > 5 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
      return null; // most keys and words: longer than any boolean or null word, and no number
    }
    if (TRUE.contains(text)) {
      return nodes.booleanNode(true);
    }
    if (FALSE.contains(text)) {
      return nodes.booleanNode(false);
    }
    if (NULL.contains(text)) {
      return nodes.nullNode();
    }
    if (c == '.') {
      return FLOAT.matcher(text).matches() ? nodes.numberNode(new BigDecimal(text.startsWith(".") ? "0" + text : text)) : null;
    }
    if (!(c == '-' || c == '+' || c >= '0' && c <= '9')) {
      return null;
    }
    String plain = text.replace("_", "");
    BigInteger integer = integer(plain);
    if (integer != null && integer.compareTo(INT64_MIN) >= 0 && integer.compareTo(UINT64_MAX) <= 0) {
      // The same node types as the YAML parser gives for numbers it reads itself.
      return integer.bitLength() < 32 ? nodes.numberNode(integer.intValue())
          : integer.bitLength() < 64 ? nodes.numberNode(integer.longValue()) : nodes.numberNode(integer);
    }
    if (FLOAT.matcher(plain).matches()) {
      BigDecimal d = new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
      if (Double.isInfinite(d.doubleValue())) {
        return null; // Go's ParseFloat fails out of range: go-yaml keeps the text
      }
      return nodes.numberNode(d);
    }
    return null;
  }

  /** The text a key has in the JSON that Kubernetes reads: a plain key that resolves to a value becomes that value's text. */
  public static String key(String text) {
    JsonNode v = resolve(text, JsonNodeFactory.instance);
    if (v == null || v.isNull()) {
      return text; // a null key Kubernetes cannot read at all; it is kept as written
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "true" : "false";
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    return formatG(v.doubleValue());
  }

  private static BigInteger integer(String plain) {
    if (!INT.matcher(plain).matches()) {
      return null;
    }
    boolean negative = plain.startsWith("-");
    String digits = plain.startsWith("-") || plain.startsWith("+") ? plain.substring(1) : plain;
    BigInteger v;
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      char base = digits.charAt(1);
      if (base == 'x' || base == 'X') {
        v = new BigInteger(digits.substring(2), 16);
      } else if (base == 'o' || base == 'O') {
        v = new BigInteger(digits.substring(2), 8);
      } else if (base == 'b' || base == 'B') {
        v = new BigInteger(digits.substring(2), 2);
      } else {
        v = new BigInteger(digits.substring(1), 8);
      }
    } else {
      v = new BigInteger(digits);
    }
    return negative ? v.negate() : v;
  }

  /** Go's {@code strconv.FormatFloat(f, 'g', -1, 64)}: the shortest digits, with an exponent from 1e+06 up and below 1e-04. */
  static String formatG(double f) {
    if (f == 0) {
      return 1 / f < 0 ? "-0" : "0";
    }
    BigDecimal shortest = new BigDecimal(Double.toString(f)).stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale(); // of the first digit
    String sign = f < 0 ? "-" : "";
    // Go decides by a precision of 6 where the shortest digits are asked for: 1e+06, 123456.
    if (exponent < -4 || exponent >= 6) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int e = Math.abs(exponent);
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
    }
    return sign + shortest.abs().toPlainString();
  }
}
