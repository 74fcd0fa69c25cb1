package dev.calicokit.schemas.internal;

import com.google.re2j.Pattern;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * networknt's regular expressions (the {@code pattern} keyword) evaluated by RE2/J, a port of Go's
 * {@code regexp}. CRD patterns are Go RE2: the API server compiles them with {@code regexp} and tests
 * values with {@code MatchString}, an unanchored search. RE2/J takes the same syntax and gives the
 * same answers ({@code (?i)} with Unicode case folding, ASCII {@code \d \s \w \b}, {@code $} only at
 * the end of the text, POSIX classes, no lookaround or back-references), so patterns are used exactly
 * as the CRD writes them, with no translation into another dialect.
 */
public final class Re2RegularExpressionFactory implements RegularExpressionFactory {
  private static final Re2RegularExpressionFactory INSTANCE = new Re2RegularExpressionFactory();

  private Re2RegularExpressionFactory() {}

  /** The factory (it keeps no state). */
  public static Re2RegularExpressionFactory getInstance() {
    return INSTANCE;
  }

  /**
   * The compiled pattern; {@link RegularExpression#matches} is true when it matches anywhere in the
   * text, as Go's {@code MatchString} and JSON Schema's {@code pattern} have it.
   *
   * @throws com.google.re2j.PatternSyntaxException when {@code regex} is not a valid RE2 pattern
   */
  @Override
  public RegularExpression getRegularExpression(String regex) {
    // A compiled Pattern is immutable and safe to share; each match gets its own Matcher.
    Pattern pattern = Pattern.compile(regex);
    return text -> pattern.matcher(text).find();
  }
}
