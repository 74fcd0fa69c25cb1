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
 *
 * <p>Ports built in code ({@link #number}, {@link #range}, {@link #named}) are checked at once, as
 * Calico would check them, and fail with an {@link InvalidPortException} naming the value. Ports
 * read from a file ({@code of}, which Jackson uses) are kept whatever they hold, so that reading loses
 * nothing; the validator judges them.
 */
public final class Port {
  private static final Pattern RANGE = Pattern.compile("([0-9]+):([0-9]+)");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  // A port name as Kubernetes (and calico-schemas' PortRules) checks it: at most 15 characters,
  // lower-case letters, digits and single inner hyphens, at least one letter (so it is no number).
  private static final Pattern NAME = Pattern.compile("(?=.*[a-z])[a-z0-9]([a-z0-9]|-(?=[a-z0-9])){0,14}");
  private static final int MIN = 1;
  private static final int MAX = 65535;

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

  /**
   * A single port number, 1 to 65535.
   *
   * @throws InvalidPortException naming the number when it is out of range
   */
  public static Port number(int port) {
    checkInRange(port, Integer.toString(port));
    return new Port((long) port, port, port, null);
  }

  /**
   * A range of port numbers, both ends included (1 to 65535, the first not above the last), written
   * {@code "min:max"}.
   *
   * @throws InvalidPortException naming the range when an end is out of range or it runs backwards
   */
  public static Port range(int min, int max) {
    String text = min + ":" + max;
    checkInRange(min, text);
    checkInRange(max, text);
    if (min > max) {
      throw new InvalidPortException(text, "port range " + text + " runs backwards: the first port must not exceed the last");
    }
    return new Port(text, min, max, null);
  }

  /**
   * A named port, resolved against the ports the selected workloads declare: at most 15 lower-case
   * letters, digits and inner single hyphens, at least one letter.
   *
   * @throws InvalidPortException naming the text when it is not a port name
   */
  public static Port named(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new InvalidPortException(name, "not a port name: \"" + name + "\" (at most 15 lower-case letters,"
          + " digits and inner single hyphens, one letter at least)");
    }
    return new Port(name, null, null, name);
  }

  private static void checkInRange(int port, String text) {
    if (port < MIN || port > MAX) {
      throw new InvalidPortException(text, "port " + text + " is out of range: expected " + MIN + " to " + MAX);
    }
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
