package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port in a Calico policy rule: a number ({@code 443}), a range ({@code "8000:8080"}, both ends
 * included) or the name of a port that the workload declares ({@code "http"}). A number read as a
 * YAML number is written back as one, a number read as a string stays a string.
 */
public final class Port {
  private static final Pattern RANGE = Pattern.compile("([0-9]+):([0-9]+)");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final Object json; // Long or String, as read
  private final Integer min;
  private final Integer max;
  private final String name;

  private Port(Object json, Integer min, Integer max, String name) {
    this.json = json;
    this.min = min;
    this.max = max;
    this.name = name;
  }

  /** A single port number. */
  public static Port number(int port) {
    return new Port((long) port, port, port, null);
  }

  /** A range of port numbers, both ends included, written {@code "min:max"}. */
  public static Port range(int min, int max) {
    return new Port(min + ":" + max, min, max, null);
  }

  /** A named port, resolved against the ports the selected workloads declare. */
  public static Port named(String name) {
    return new Port(Objects.requireNonNull(name, "name"), null, null, name);
  }

  /** A port read as a YAML number. */
  @JsonCreator
  public static Port of(long number) {
    int n = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
    return new Port(number, n, n, null);
  }

  /** A port read as a string: a number, a range or a name. */
  @JsonCreator
  public static Port of(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = RANGE.matcher(text);
    if (m.matches() && m.group(1).length() < 10 && m.group(2).length() < 10) {
      return new Port(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), null);
    }
    if (DIGITS.matcher(text).matches() && text.length() < 10) {
      int n = Integer.parseInt(text);
      return new Port(text, n, n, null);
    }
    return new Port(text, null, null, text);
  }

  /** True for a named port. */
  public boolean isNamed() {
    return name != null;
  }

  /** True for a range written {@code min:max}. */
  public boolean isRange() {
    return name == null && json instanceof String && ((String) json).indexOf(':') >= 0;
  }

  /** The lowest port number; empty for a named port. */
  public Optional<Integer> min() {
    return Optional.ofNullable(min);
  }

  /** The highest port number; empty for a named port. */
  public Optional<Integer> max() {
    return Optional.ofNullable(max);
  }

  /** The port name; empty unless the port is named. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The value as Jackson writes it: a {@code Long} or a {@code String}. */
  @JsonValue
  public Object jsonValue() {
    return json;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Port && ((Port) o).json.equals(json);
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
