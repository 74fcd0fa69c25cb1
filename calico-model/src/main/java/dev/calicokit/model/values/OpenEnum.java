package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base of the model's enumerations. Unlike a Java {@code enum}, an open enumeration keeps a value it
 * does not know (one a newer Calico added) instead of failing to read it: {@link #isKnown()} tells the
 * two apart, and the value is written back exactly as it was read.
 *
 * <p>Subclasses hold their known values as constants and a {@code of(String)} factory that returns the
 * constant for a known value.
 */
public abstract class OpenEnum {
  private final String value;
  private final boolean known;

  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** The value as written in YAML. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** True when this is one of the values this version of the library knows. */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
