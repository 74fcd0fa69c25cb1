package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes quantity such as {@code 250m}, {@code 64Mi}, {@code 1.5G} or {@code 1e3}. The text is
 * kept as written (a number read as a YAML number stays one); {@link #toBigDecimal()} gives its value.
 */
public final class Quantity {
  private static final Pattern FORM =
      Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

  private final Object json; // Long, BigDecimal or String
  private final BigDecimal value; // null when not a quantity

  private Quantity(Object json, BigDecimal value) {
    this.json = json;
    this.value = value;
  }

  /** A quantity read as text. */
  @JsonCreator
  public static Quantity of(String text) {
    return new Quantity(Objects.requireNonNull(text, "text"), parse(text));
  }

  /** A quantity read as a whole number. */
  @JsonCreator
  public static Quantity of(long number) {
    return new Quantity(number, BigDecimal.valueOf(number));
  }

  /** A quantity read as a decimal number. */
  @JsonCreator
  public static Quantity of(BigDecimal number) {
    return new Quantity(number, number);
  }

  /** True when the text is a Kubernetes quantity. */
  public boolean isValid() {
    return value != null;
  }

  /** The amount, suffix applied ({@code 1Ki} is 1024); empty when the text is not a quantity. */
  public Optional<BigDecimal> toBigDecimal() {
    return Optional.ofNullable(value);
  }

  /** The value as Jackson writes it. */
  @JsonValue
  public Object jsonValue() {
    return json;
  }

  private static BigDecimal parse(String s) {
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      return null;
    }
    BigDecimal base = new BigDecimal(m.group(1));
    String suffix = m.group(2);
    if (suffix == null) {
      return base;
    }
    switch (suffix) {
      case "Ki": return base.multiply(BigDecimal.valueOf(1L << 10));
      case "Mi": return base.multiply(BigDecimal.valueOf(1L << 20));
      case "Gi": return base.multiply(BigDecimal.valueOf(1L << 30));
      case "Ti": return base.multiply(BigDecimal.valueOf(1L << 40));
      case "Pi": return base.multiply(BigDecimal.valueOf(1L << 50));
      case "Ei": return base.multiply(BigDecimal.valueOf(1L << 60));
      case "n": return base.scaleByPowerOfTen(-9);
      case "u": return base.scaleByPowerOfTen(-6);
      case "m": return base.scaleByPowerOfTen(-3);
      case "k": return base.scaleByPowerOfTen(3);
      case "M": return base.scaleByPowerOfTen(6);
      case "G": return base.scaleByPowerOfTen(9);
      case "T": return base.scaleByPowerOfTen(12);
      case "P": return base.scaleByPowerOfTen(15);
      case "E": return base.scaleByPowerOfTen(18);
      default: return base.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity && ((Quantity) o).json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json.toString();
  }
}
