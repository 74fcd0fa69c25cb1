package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * An expression in Calico's selector language, such as {@code role == 'frontend' && has(app)} or
 * {@code all()}. The model keeps the text exactly as written; the schemas module parses and checks it.
 */
public final class Selector {
  private static final Selector ALL = new Selector("all()");

  private final String text;

  private Selector(String text) {
    this.text = text;
  }

  /** A selector from its text. */
  @JsonCreator
  public static Selector of(String text) {
    return new Selector(Objects.requireNonNull(text, "text"));
  }

  /** The selector that matches every endpoint: {@code all()}. */
  public static Selector all() {
    return ALL;
  }

  /** The selector text as written. */
  @JsonValue
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Selector && ((Selector) o).text.equals(text);
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
