package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A value that Kubernetes lets be either a whole number or a string ({@code x-kubernetes-int-or-string}).
 * Which of the two it was is kept: {@code 5} and {@code "5"} are different values and each is written
 * back as it was read.
 */
public final class IntOrString {
  private final Long number;
  private final String string;

  private IntOrString(Long number, String string) {
    this.number = number;
    this.string = string;
  }

  /** A number. */
  @JsonCreator
  public static IntOrString of(long number) {
    return new IntOrString(number, null);
  }

  /** A string. */
  @JsonCreator
  public static IntOrString of(String string) {
    return new IntOrString(null, Objects.requireNonNull(string, "string"));
  }

  /** True when the value is a number. */
  public boolean isNumber() {
    return number != null;
  }

  /** The number, when the value is one. */
  public Optional<Long> number() {
    return Optional.ofNullable(number);
  }

  /** The string, when the value is one. */
  public Optional<String> string() {
    return Optional.ofNullable(string);
  }

  /** The value as Jackson writes it: a {@code Long} or a {@code String}. */
  @JsonValue
  public Object jsonValue() {
    return number != null ? number : string;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntOrString
        && Objects.equals(((IntOrString) o).number, number)
        && Objects.equals(((IntOrString) o).string, string);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, string);
  }

  @Override
  public String toString() {
    return number != null ? number.toString() : string;
  }
}
