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
 *
 * <p>It accepts exactly what Calico's own tokenizer and parser accept: tokens are separated by spaces and
 * tabs only (a line break is an error), {@code all(}, {@code global(} and {@code has(} need the
 * parenthesis right after the word, operator words after a label key may run together
 * ({@code startswith}, {@code notin}), and a set may end with a comma ({@code {'a', }}).
 */
public final class SelectorParser {
  private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9_./-]{1,512}");

  /**
   * Parentheses and negations nest at most this deep. Calico's Go parser recurses without a bound (Go
   * stacks grow); here each level is a few Java frames, in the parser and in whatever walks the tree
   * later, so a selector of a few kilobytes of '(' would exhaust the stack. No selector written by
   * hand comes near 100 levels.
   */
  public static final int MAX_NESTING = 100;

  private final String text;
  private int at;
  private int depth;

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
      enter();
      SelectorExpression negated = new SelectorExpression.Not(unary());
      depth--;
      return negated;
    }
    if (accept("(")) {
      enter();
      SelectorExpression e = or();
      expect(")");
      depth--;
      return e;
    }
    // Calico's tokenizer knows all(, global( and has( only with the parenthesis right after the word;
    // otherwise the word is a label key (so "all == 'x'" compares the label "all").
    if (acceptCall("all")) {
      expect(")");
      return new SelectorExpression.All();
    }
    if (acceptCall("global")) {
      expect(")");
      return new SelectorExpression.Global();
    }
    if (acceptCall("has")) {
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
    // After a label key the operator words are matched as prefixes, and two-word operators may be
    // written without the space ("startswith", "notin"), as Calico's tokenizer reads them.
    if (accept("contains")) {
      return new SelectorExpression.Compare(key, SelectorExpression.Operator.CONTAINS, value());
    }
    if (accept("starts")) {
      expect("with");
      return new SelectorExpression.Compare(key, SelectorExpression.Operator.STARTS_WITH, value());
    }
    if (accept("ends")) {
      expect("with");
      return new SelectorExpression.Compare(key, SelectorExpression.Operator.ENDS_WITH, value());
    }
    boolean negated = accept("not");
    if (negated) {
      expect("in");
    } else if (!accept("in")) {
      throw error("an operator: ==, !=, in, not in, contains, starts with, ends with");
    }
    expect("{");
    List<String> values = new ArrayList<>();
    // Values separated by commas; a trailing comma before the brace is allowed, as in Calico.
    skipSpace();
    while (at < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '"')) {
      values.add(value());
      if (!accept(",")) {
        break;
      }
      skipSpace();
    }
    expect("}");
    return new SelectorExpression.In(key, values, negated);
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

  /** A function word immediately followed by its opening parenthesis: {@code all(}, {@code has(}. */
  private boolean acceptCall(String word) {
    skipSpace();
    if (text.startsWith(word + "(", at)) {
      at += word.length() + 1;
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw error("'" + token + "'");
    }
  }

  /** Only spaces and tabs separate tokens: Calico rejects line breaks inside a selector. */
  private void enter() {
    if (++depth > MAX_NESTING) {
      throw new SelectorSyntaxException(text, at - 1,
          "at most " + MAX_NESTING + " levels of parentheses and '!' (this selector nests deeper)");
    }
  }

  private void skipSpace() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
  }

  private SelectorSyntaxException error(String expected) {
    skipSpace();
    return new SelectorSyntaxException(text, at, expected);
  }
}
