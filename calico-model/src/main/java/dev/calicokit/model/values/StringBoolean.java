package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A flag that one API group stores as a boolean and another as the string {@code "true"} or {@code
 * "false"} (BlockAffinity's {@code deleted}: a string in crd.projectcalico.org/v1, a boolean in
 * projectcalico.org/v3). The form it was read in is kept and written back.
 */
public final class StringBoolean {
  private final Object json; // Boolean or String

  private StringBoolean(Object json) {
    this.json = json;
  }

  /** A flag read as a YAML boolean. */
  @JsonCreator
  public static StringBoolean of(boolean value) {
    return new StringBoolean(value);
  }

  /** A flag read as a string. */
  @JsonCreator
  public static StringBoolean of(String text) {
    return new StringBoolean(Objects.requireNonNull(text, "text"));
  }

  /** The flag in the string form of crd.projectcalico.org/v1. */
  public static StringBoolean ofString(boolean value) {
    return new StringBoolean(Boolean.toString(value));
  }

  /** True when the value is stored as a string. */
  public boolean isString() {
    return json instanceof String;
  }

  /** The flag's meaning; empty when a string is neither {@code true} nor {@code false}. */
  public Optional<Boolean> asBoolean() {
    if (json instanceof Boolean) {
      return Optional.of((Boolean) json);
    }
    if (json.equals("true")) {
      return Optional.of(true);
    }
    return json.equals("false") ? Optional.of(false) : Optional.empty();
  }

  /** The value as Jackson writes it: a {@code Boolean} or a {@code String}. */
  @JsonValue
  public Object jsonValue() {
    return json;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringBoolean && ((StringBoolean) o).json.equals(json);
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
