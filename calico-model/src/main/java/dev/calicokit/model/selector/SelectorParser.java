package dev.calicokit.model.selector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses Calico's selector language: {@code all()}, {@code global()}, {@code has(k)}, {@code k == 'v'},
 * {@code k != 'v'}, {@code k in {'a', 'b'}}, {@code k not in {...}}, {@code k contains 'v'},
 * {@code k starts with 'v'}, {@code k ends with 'v'}, {@code !}, {@code &&}, {@code ||} and parentheses,
 * with {@code !} binding tightest and {@code ||} loosest. Values are single- or double-quoted and hold no
 * escapes. An empty selector matches everything and parses as {@code all()}.
 */
public final class SelectorParser {
  private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9_./-]{1,512}");

  private final String text;
  private int at;

  private SelectorParser(String text) {
    this.text = text;
  }

  /** Parses a selector; fails with a {@link SelectorSyntaxException} naming the position and what was expected. */
  public static SelectorExpression parse(String text) {
    SelectorParser p = new SelectorParser(text);
    p.skipSpace();
    if (p.at == text.length()) {
      return new SelectorExpression.All();
    }
    SelectorExpression e = p.or();
    p.skipSpace();
    if (p.at != text.length()) {
      throw p.error("'&&', '||' or the end of the selector");
    }
    return e;
  }

  static String checkKey(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new SelectorSyntaxException(String.valueOf(key), 0, "a label key of letters, digits and . _ / -");
    }
    return key;
  }

  static String checkValue(String value) {
    if (value == null || value.indexOf('\'') >= 0 && value.indexOf('"') >= 0) {
      throw new SelectorSyntaxException(String.valueOf(value), 0, "a value without both kinds of quote");
    }
    return value;
  }

  private SelectorExpression or() {
    List<SelectorExpression> operands = new ArrayList<>();
    operands.add(and());
    while (accept("||")) {
      operands.add(and());
    }
    return operands.size() == 1 ? operands.get(0) : new SelectorExpression.Or(operands);
  }

  private SelectorExpression and() {
    List<SelectorExpression> operands = new ArrayList<>();
    operands.add(unary());
    while (accept("&&")) {
      operands.add(unary());
    }
    return operands.size() == 1 ? operands.get(0) : new SelectorExpression.And(operands);
  }

  private SelectorExpression unary() {
    skipSpace();
    if (text.startsWith("!", at) && !text.startsWith("!=", at)) {
      at++;
      return new SelectorExpression.Not(unary());
    }
    if (accept("(")) {
      SelectorExpression e = or();
      expect(")");
      return e;
    }
    if (acceptWord("all")) {
      expect("(");
      expect(")");
      return new SelectorExpression.All();
    }
    if (acceptWord("global")) {
      expect("(");
      expect(")");
      return new SelectorExpression.Global();
    }
    if (acceptWord("has")) {
      expect("(");
      String key = key();
      expect(")");
      return new SelectorExpression.Has(key);
    }
    String key = key();
    if (accept("==")) {
      return new SelectorExpression.Compare(key, SelectorExpression.Operator.EQUALS, value());
    }
    if (accept("!=")) {
      return new SelectorExpression.Compare(key, SelectorExpression.Operator.NOT_EQUALS, value());
    }
    if (acceptWord("contains")) {
      return new SelectorExpression.Compare(key, SelectorExpression.Operator.CONTAINS, value());
    }
    if (acceptWord("starts")) {
      expectWord("with");
      return new SelectorExpression.Compare(key, SelectorExpression.Operator.STARTS_WITH, value());
    }
    if (acceptWord("ends")) {
      expectWord("with");
      return new SelectorExpression.Compare(key, SelectorExpression.Operator.ENDS_WITH, value());
    }
    boolean negated = acceptWord("not");
    if (acceptWord("in")) {
      expect("{");
      List<String> values = new ArrayList<>();
      skipSpace();
      if (!text.startsWith("}", at)) {
        values.add(value());
        while (accept(",")) {
          values.add(value());
        }
      }
      expect("}");
      return new SelectorExpression.In(key, values, negated);
    }
    throw error(negated ? "'in' after 'not'" : "an operator: ==, !=, in, not in, contains, starts with, ends with");
  }

  private String key() {
    skipSpace();
    int start = at;
    while (at < text.length() && isKeyChar(text.charAt(at))) {
      at++;
    }
    if (at == start) {
      throw error("a label key or one of all(), global(), has(), '!', '('");
    }
    if (at - start > 512) {
      throw new SelectorSyntaxException(text, start, "a label key of at most 512 characters");
    }
    return text.substring(start, at);
  }

  private String value() {
    skipSpace();
    if (at >= text.length() || text.charAt(at) != '\'' && text.charAt(at) != '"') {
      throw error("a quoted value");
    }
    char quote = text.charAt(at);
    int end = text.indexOf(quote, at + 1);
    if (end < 0) {
      throw error("a closing " + quote);
    }
    String v = text.substring(at + 1, end);
    at = end + 1;
    return v;
  }

  private static boolean isKeyChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '/' || c == '-';
  }

  private boolean accept(String token) {
    skipSpace();
    if (text.startsWith(token, at)) {
      at += token.length();
      return true;
    }
    return false;
  }

  /** A keyword, which must not run on into a label key. */
  private boolean acceptWord(String word) {
    skipSpace();
    int end = at + word.length();
    if (text.startsWith(word, at) && (end == text.length() || !isKeyChar(text.charAt(end)))) {
      at = end;
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw error("'" + token + "'");
    }
  }

  private void expectWord(String word) {
    if (!acceptWord(word)) {
      throw error("'" + word + "'");
    }
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private SelectorSyntaxException error(String expected) {
    skipSpace();
    return new SelectorSyntaxException(text, at, expected);
  }
}
