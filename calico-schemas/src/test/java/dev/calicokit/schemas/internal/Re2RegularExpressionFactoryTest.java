package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.testing.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import com.google.re2j.PatternSyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * RE2 conformance: CRD patterns mean to the validator what they mean to the API server's Go
 * {@code regexp} (unanchored search, as Go's MatchString and JSON Schema do), where Java's own dialect
 * would differ.
 */
class Re2RegularExpressionFactoryTest {
  private static final Re2RegularExpressionFactory FACTORY = Re2RegularExpressionFactory.getInstance();

  private static boolean find(String re2, String text) {
    return FACTORY.getRegularExpression(re2).matches(text);
  }

  @ParameterizedTest(name = "{0} on \"{1}\" is {2}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '\'', value = {
      // (?i) applies to the rest of the pattern, letters only
      "^(?i)(Drop|Reject)?$ ~ drop ~ true",
      "^(?i)(Drop|Reject)?$ ~ REJECT ~ true",
      "^(?i)(Drop|Reject)?$ ~ Dropped ~ false",
      "^(?i)(Drop|Reject)?$ ~ '' ~ true",
      "(?i)k ~ \u212A ~ true", // Kelvin sign folds to k in RE2
      "(?i)s ~ \u017F ~ true", // long s folds to s
      "(?i)\u03C3 ~ \u03C2 ~ true", // final sigma folds to sigma
      "(?i:a)b ~ AB ~ false",
      "(?i:a)b ~ Ab ~ true",
      "a(?i)b ~ aB ~ true",
      "(?i)[a-c]+$ ~ ABC ~ true",
      "(?i)[^a] ~ A ~ false",
      // $ is the end of the text only; \z too
      "^abc$ ~ 'abc\n' ~ false",
      "^abc$ ~ abc ~ true",
      "abc\\z ~ 'abc\n' ~ false",
      "(?m)^b$ ~ 'a\nb\nc' ~ true",
      "^b$ ~ 'a\nb\nc' ~ false",
      // . matches \r but not \n; (?s) makes it match \n
      "^a.b$ ~ 'a\rb' ~ true",
      "^a.b$ ~ 'a\nb' ~ false",
      "(?s)^a.b$ ~ 'a\nb' ~ true",
      // \s is ASCII without vertical tab; \d and \w are ASCII
      "^\\s$ ~ '\u000B' ~ false",
      "^\\s$ ~ '\t' ~ true",
      "^\\d$ ~ '\u0663' ~ false",
      "^\\w$ ~ é ~ false",
      // \v is the vertical tab only (Java's is every vertical space)
      "^\\v$ ~ '\u000B' ~ true",
      "^\\v$ ~ '\n' ~ false",
      "^[\\d]+$ ~ 123 ~ true",
      "^[^\\s]+$ ~ 'a b' ~ false",
      // \b is an ASCII word boundary
      "é\\b ~ é ~ false", // é is no word character for RE2: no boundary after it
      "\\bé ~ xé ~ true",
      "\\bcat\\b ~ a cat! ~ true",
      // POSIX classes
      "^[[:alpha:]]+$ ~ abcXYZ ~ true",
      "^[[:alpha:]]+$ ~ ab1 ~ false",
      "^[[:^digit:]]+$ ~ abc ~ true",
      "^[[:xdigit:]]+$ ~ 0fA ~ true",
      "^[[:word:]]+$ ~ a_1 ~ true",
      // characters literal in RE2 classes but special in Java's
      "^[a&&b]+$ ~ && ~ true",
      "^[a[]+$ ~ [a ~ true",
      "^[a-zA-Z0-9-_]+$ ~ a-_9 ~ true",
      // a brace that is no repetition is literal
      "^a{,2}$ ~ 'a{,2}' ~ true",
      "^a{2}$ ~ aa ~ true",
      "^x{$ ~ 'x{' ~ true",
      // escapes
      "^\\x41$ ~ A ~ true",
      "^\\x{263A}$ ~ \u263A ~ true",
      "^\\Q.*\\E$ ~ .* ~ true",
      "^\\Q.*\\E$ ~ ab ~ false",
      "^\\101$ ~ A ~ true",
      "^\\pL+$ ~ Ωmega ~ true",
      "^\\p{Greek}+$ ~ Ωω ~ true",
      "^\\pN+$ ~ 12 ~ true",
      "^(?P<num>[0-9]+)$ ~ 42 ~ true",
      "^(?<num>[0-9]+)$ ~ 42 ~ true", // Go 1.22 on
      // the Felix duration pattern: \\. is a literal backslash then any character
      "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$ ~ 1.5s ~ false",
      "^([0-9]+(\\\\.[0-9]+)?(ms|s|m|h))*$ ~ 90s ~ true",
      "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))*$ ~ 1.5s ~ true",
      // unanchored patterns search
      "^.* ~ anything ~ true",
      "b ~ abc ~ true",
      // non-greedy and ungreedy flag do not change whether it matches
      "^a+?$ ~ aaa ~ true",
      "(?U)^a+$ ~ aaa ~ true",
  })
  void matchesAsRe2Does(String re2, String text, boolean expected) {
    assertThat(find(re2, text)).isEqualTo(expected);
  }

  @Test
  void rejectsWhatRe2Rejects() {
    for (String invalid : new String[] {"(a", "a)", "[a", "(a)\\1", "[z-a]", "[[:nope:]]",
        // Java constructs RE2 does not have: lookaround, possessive and nested repetition, \h, \Z
        "a(?=b)", "(?<!a)b", "a++", "a**", "\\h", "a\\Z"}) {
      assertThatThrownBy(() -> FACTORY.getRegularExpression(invalid)).as(invalid).isInstanceOf(PatternSyntaxException.class);
    }
  }

  @Test
  void everyPatternOfEveryReferenceCrdCompiles() {
    TreeSet<String> patterns = new TreeSet<>();
    for (ReferenceData.Crd crd : ReferenceData.crds()) {
      collect(crd.schema(), patterns);
    }
    List<String> failures = new ArrayList<>();
    for (String p : patterns) {
      try {
        FACTORY.getRegularExpression(p);
      } catch (RuntimeException e) {
        failures.add(p + ": " + e.getMessage());
      }
    }
    System.out.println("compiled " + patterns.size() + " distinct reference CRD patterns");
    assertThat(patterns).hasSizeGreaterThan(10);
    assertThat(failures).isEmpty();
  }

  private static void collect(JsonNode n, TreeSet<String> out) {
    if (n.isObject()) {
      JsonNode p = n.get("pattern");
      if (p != null && p.isTextual()) {
        out.add(p.asText());
      }
      n.elements().forEachRemaining(c -> collect(c, out));
    } else if (n.isArray()) {
      n.elements().forEachRemaining(c -> collect(c, out));
    }
  }
}
