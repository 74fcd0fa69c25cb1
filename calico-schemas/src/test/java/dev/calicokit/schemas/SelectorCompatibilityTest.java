package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.selector.SelectorExpression;
import dev.calicokit.model.selector.SelectorParser;
import dev.calicokit.model.selector.SelectorSyntaxException;
import dev.calicokit.model.schema.Release;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our selector parser accepts what Calico's selector parser accepts and rejects what it rejects: the
 * selectors here are the kinds of inputs Calico's own parser tests exercise (written here anew), including
 * its tokenizer's quirks (operator words run together, trailing commas in sets, spaces and tabs only).
 */
class SelectorCompatibilityTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "a == \"b\"", "a == \"b\" && c == \"d\"", "a == \"b\" || c == \"d\"", "a in {\"'\", '\"', \"c\"}",
      "a not in {\"'\", '\"', \"c\"}", "a == 'a'", "a != \"b\"", "a contains \"a\"", "a starts with \"a\"",
      "a ends with \"a\"", "!a in {\"a\"}", "a in {\"a\", \"b\"}", "has(a)", "!has(a)", "", " ", "all()", " all()",
      "global()", " global()", "!!has(b)", "! has(a)", "!!! has(a)", "!! ! has(a)", "! !!has(a)",
      "a == 'a1' && b != 'b1'", "a != 'a1' && !b == 'b1'", "!a == 'a1' && b == 'b1'", "!(!has(a) || has(b))",
      "! a == 'a1' || ! b == 'b1'", " (all() )", "! (has( b)||! has(a ))", "! (a == \"b\"&&! c != \"d\")",
      "a startswith '\"'", "a endswith \"'\"", "a!='\"'", "a notin {'x'}", "a in {}", "a in {'x',}",
      "a in {\"z\", \"z\", \"x\"}", "all == 'x'", "has == 'y'", "global == 'z'", "contains == 'x'",
      "\thas(a)\t&&\tb == 'c'", "k8s-app == 'kube-dns'", "projectcalico.org/name == 'kube-system'",
      "!(!(k == 'v' && has(t) || all()) && (a in {'b', 'c'}))"})
  void acceptsWhatCalicoAccepts(String selector) {
    SelectorExpression e = SelectorParser.parse(selector);
    // The canonical form parses back to the same expression.
    assertThat(SelectorParser.parse(e.print())).isEqualTo(e);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "b == b", "b contains b", "b starts with b", "b ends with b", "'b1' == b", "b", "a b", "!",
      "foo == \"bar\" &", "foo == \"bar\" |", "foo != ||", "foo in {\"\", ||", "foo in \"\"", "\"FOO", "\"FOO'",
      "'FOO", "(", "(a == \"foo\"", ")", "()", "%", "a == \"b\" && %", "a == \"b\" || %", "a ", "has(foo) &&",
      "has (a)", "all ()", "a == 'b'\n", "a == 'b'\n|| c == 'd'", "a == 'é'x", "a = 'b'", "a starts 'b'",
      "a not 'b'", "a in {'x' 'y'}", "a in {,}", "has()", "a == 'b' c == 'd'"})
  void rejectsWhatCalicoRejects(String selector) {
    assertThatThrownBy(() -> SelectorParser.parse(selector))
        .isInstanceOfSatisfying(SelectorSyntaxException.class,
            e -> assertThat(e.position()).isBetween(0, selector.length()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"app == frontend", "has(app", "app in ('a')", "a == 'b' &&& c == 'd'"})
  void theValidatorReportsTheParserPosition(String selector) {
    String policy = """
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata:
          name: p
        spec:
          selector: "%s"
        """.formatted(selector);
    int position = ((SelectorSyntaxException) org.assertj.core.api.Assertions.catchThrowable(
        () -> SelectorParser.parse(selector))).position();
    ValidationReport report = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE).validate(policy);
    assertThat(report.findings(Severity.ERROR)).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("calico.selector.syntax");
      assertThat(f.path()).isEqualTo("/spec/selector");
      assertThat(f.message()).contains("position " + position);
    });
  }
}
