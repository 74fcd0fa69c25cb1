package dev.calicokit.model.selector;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed expression of Calico's selector language, as a typed tree. {@link #print()} gives the
 * canonical text, which parses back to an equal expression. Build expressions in code with the static
 * factories ({@link #has}, {@link #eq}, {@link #in}, ..., {@link #and}, {@link #or}, {@link #not}) or read
 * them with {@link SelectorParser#parse}.
 */
public sealed interface SelectorExpression {
  /** The canonical text: single-quoted values, single spaces, parentheses only where needed. */
  String print();

  /** Matches everything: {@code all()}. */
  record All() implements SelectorExpression {
    @Override
    public String print() {
      return "all()";
    }
  }

  /** Matches resources that are not namespaced: {@code global()}. */
  record Global() implements SelectorExpression {
    @Override
    public String print() {
      return "global()";
    }
  }

  /** The label is present: {@code has(key)}. */
  record Has(String key) implements SelectorExpression {
    @Override
    public String print() {
      return "has(" + key + ")";
    }
  }

  /** A comparison of a label's value with one value. */
  record Compare(String key, Operator operator, String value) implements SelectorExpression {
    @Override
    public String print() {
      return key + " " + operator.text() + " " + quote(value);
    }
  }

  /** The label's value is (or is not) one of a set: {@code key in {'a', 'b'}}. */
  record In(String key, List<String> values, boolean negated) implements SelectorExpression {
    public In {
      values = List.copyOf(values);
    }

    @Override
    public String print() {
      return key + (negated ? " not in {" : " in {")
          + values.stream().map(SelectorExpression::quote).collect(Collectors.joining(", ")) + "}";
    }
  }

  /** The opposite of an expression: {@code !expr}. */
  record Not(SelectorExpression operand) implements SelectorExpression {
    @Override
    public String print() {
      return "!" + (operand instanceof And || operand instanceof Or ? "(" + operand.print() + ")" : operand.print());
    }
  }

  /** Every operand matches: {@code a && b}. */
  record And(List<SelectorExpression> operands) implements SelectorExpression {
    public And {
      operands = List.copyOf(operands);
    }

    @Override
    public String print() {
      return operands.stream()
          .map(o -> o instanceof Or ? "(" + o.print() + ")" : o.print())
          .collect(Collectors.joining(" && "));
    }
  }

  /** Some operand matches: {@code a || b}. */
  record Or(List<SelectorExpression> operands) implements SelectorExpression {
    public Or {
      operands = List.copyOf(operands);
    }

    @Override
    public String print() {
      return operands.stream().map(SelectorExpression::print).collect(Collectors.joining(" || "));
    }
  }

  /** The comparisons between a label's value and a string. */
  enum Operator {
    /** Equal to. */
    EQUALS("=="),
    /** Present and not equal to. */
    NOT_EQUALS("!="),
    /** Contains the string. */
    CONTAINS("contains"),
    /** Starts with the string. */
    STARTS_WITH("starts with"),
    /** Ends with the string. */
    ENDS_WITH("ends with");

    private final String text;

    Operator(String text) {
      this.text = text;
    }

    /** The operator as written. */
    public String text() {
      return text;
    }
  }

  /** {@code all()}. */
  static SelectorExpression all() {
    return new All();
  }

  /** {@code has(key)}. */
  static SelectorExpression has(String key) {
    return new Has(SelectorParser.checkKey(key));
  }

  /** {@code key == 'value'}. */
  static SelectorExpression eq(String key, String value) {
    return new Compare(SelectorParser.checkKey(key), Operator.EQUALS, SelectorParser.checkValue(value));
  }

  /** {@code key != 'value'}. */
  static SelectorExpression notEq(String key, String value) {
    return new Compare(SelectorParser.checkKey(key), Operator.NOT_EQUALS, SelectorParser.checkValue(value));
  }

  /** {@code key in {'a', 'b'}}. */
  static SelectorExpression in(String key, String... values) {
    for (String v : values) {
      SelectorParser.checkValue(v);
    }
    return new In(SelectorParser.checkKey(key), List.of(values), false);
  }

  /** {@code key not in {'a', 'b'}}. */
  static SelectorExpression notIn(String key, String... values) {
    for (String v : values) {
      SelectorParser.checkValue(v);
    }
    return new In(SelectorParser.checkKey(key), List.of(values), true);
  }

  /** {@code !expr}. */
  static SelectorExpression not(SelectorExpression operand) {
    return new Not(operand);
  }

  /** {@code a && b && ...}. */
  static SelectorExpression and(SelectorExpression... operands) {
    return operands.length == 1 ? operands[0] : new And(List.of(operands));
  }

  /** {@code a || b || ...}. */
  static SelectorExpression or(SelectorExpression... operands) {
    return operands.length == 1 ? operands[0] : new Or(List.of(operands));
  }

  /** A value in single quotes, or double quotes when it holds a single quote. */
  private static String quote(String v) {
    return v.indexOf('\'') >= 0 ? "\"" + v + "\"" : "'" + v + "'";
  }
}
