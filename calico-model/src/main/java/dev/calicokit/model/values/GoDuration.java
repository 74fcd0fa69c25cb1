package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration written the way Go writes it: {@code 90s}, {@code 1m30s}, {@code 1.5h}, {@code 250ms},
 * with units {@code ns}, {@code us} (or {@code µs}), {@code ms}, {@code s}, {@code m} and {@code h}.
 * The text is kept as written; {@link #toDuration()} gives its length.
 */
public final class GoDuration {
  private static final Pattern PART = Pattern.compile("([0-9]*(?:\\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)");

  private final String text;
  private final Duration duration; // null when the text is not a Go duration

  private GoDuration(String text, Duration duration) {
    this.text = text;
    this.duration = duration;
  }

  /** Keeps the text whatever it is; see {@link #isValid()}. */
  @JsonCreator
  public static GoDuration of(String text) {
    return new GoDuration(Objects.requireNonNull(text, "text"), parseGo(text));
  }

  /** Parses a Go duration, failing with a message that quotes the text when it is not one. */
  public static GoDuration parse(String text) {
    GoDuration d = of(text);
    if (d.duration == null) {
      throw new IllegalArgumentException("not a Go duration such as 90s or 1m30s: \"" + text + "\"");
    }
    return d;
  }

  /** The shortest Go text for a duration, such as {@code 1m30s}. */
  public static GoDuration of(Duration duration) {
    return new GoDuration(format(duration), duration);
  }

  /** True when the text is a Go duration. */
  public boolean isValid() {
    return duration != null;
  }

  /** The length of the duration; empty when the text is not a Go duration. */
  public Optional<Duration> toDuration() {
    return Optional.ofNullable(duration);
  }

  /** The text as read or given. */
  @JsonValue
  public String text() {
    return text;
  }

  private static Duration parseGo(String s) {
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    String body = s;
    boolean negative = false;
    if (body.startsWith("-") || body.startsWith("+")) {
      negative = body.charAt(0) == '-';
      body = body.substring(1);
    }
    if (body.isEmpty()) {
      return null;
    }
    Matcher m = PART.matcher(body);
    BigDecimal nanos = BigDecimal.ZERO;
    int at = 0;
    while (at < body.length()) {
      if (!m.find(at) || m.start() != at) {
        return null;
      }
      String num = m.group(1);
      if (num.isEmpty() || num.equals(".")) {
        return null;
      }
      BigDecimal v = new BigDecimal(num.endsWith(".") ? num + "0" : num.startsWith(".") ? "0" + num : num);
      nanos = nanos.add(v.multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
      at = m.end();
    }
    long n = nanos.longValue();
    return Duration.ofNanos(negative ? -n : n);
  }

  private static long unitNanos(String unit) {
    switch (unit) {
      case "ns":
        return 1L;
      case "us":
      case "µs":
      case "μs":
        return 1_000L;
      case "ms":
        return 1_000_000L;
      case "s":
        return 1_000_000_000L;
      case "m":
        return 60_000_000_000L;
      default:
        return 3_600_000_000_000L;
    }
  }

  private static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    if (d.isNegative()) {
      sb.append('-');
      d = d.negated();
    }
    long h = d.toHours();
    long m = d.toMinutesPart();
    long s = d.toSecondsPart();
    long nanos = d.toNanosPart();
    if (h == 0 && m == 0 && s == 0) {
      if (nanos % 1_000_000 == 0) {
        return sb.append(nanos / 1_000_000).append("ms").toString();
      }
      if (nanos % 1_000 == 0) {
        return sb.append(nanos / 1_000).append("us").toString();
      }
      return sb.append(nanos).append("ns").toString();
    }
    if (h > 0) {
      sb.append(h).append('h');
    }
    if (h > 0 || m > 0) {
      sb.append(m).append('m');
    }
    sb.append(s);
    if (nanos > 0) {
      String frac = String.format(java.util.Locale.ROOT, "%09d", nanos).replaceAll("0+$", "");
      sb.append('.').append(frac);
    }
    return sb.append('s').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoDuration && ((GoDuration) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
