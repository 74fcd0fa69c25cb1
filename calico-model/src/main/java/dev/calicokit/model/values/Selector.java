package dev.calicokit.model.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * An expression in Calico's selector language, such as {@code role == 'frontend' && has(app)} or
 * {@code all()}. The text is kept exactly as written; {@link #expression()} parses it.
 */
public final class Selector {
  private static final Selector ALL = new Selector("all()");

  private final String text;
  /**
   * The parsed expression, once asked for: the validator's rules read each selector several times
   * (syntax, satisfiability). Immutable and the same on every parse, so a racing second parse is harmless.
   */
  private dev.calicokit.model.selector.SelectorExpression parsed;

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

  /** A selector from a typed expression, written in canonical form. */
  public static Selector of(dev.calicokit.model.selector.SelectorExpression expression) {
    return new Selector(expression.print());
  }

  /** The parsed expression; fails with a {@code SelectorSyntaxException} when the text does not parse. */
  public dev.calicokit.model.selector.SelectorExpression expression() {
    dev.calicokit.model.selector.SelectorExpression e = parsed;
    if (e == null) {
      e = dev.calicokit.model.selector.SelectorParser.parse(text);
      parsed = e;
    }
    return e;
  }

  /** True when the text parses as Calico's selector language. */
  public boolean isValid() {
    try {
      expression();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
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
