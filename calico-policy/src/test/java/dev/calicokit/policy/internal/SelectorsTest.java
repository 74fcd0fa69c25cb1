package dev.calicokit.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** libcalico-go's selector evaluation (lib/selector/parser/ast.go). */
class SelectorsTest {
  private static boolean m(String selector, Map<String, String> labels) {
    return Selectors.matches(Selectors.parse(selector), labels);
  }

  @Test
  void operatorsAsAstGoEvaluatesThem() {
    Map<String, String> l = Map.of("app", "web-frontend", "tier", "1");
    assertThat(m("app == 'web-frontend'", l)).isTrue();
    assertThat(m("role != 'x'", l)).as("LabelNeValueNode:431 matches an absent label").isTrue();
    assertThat(m("role not in {'x'}", l)).as("LabelNotInSetNode:386 matches an absent label").isTrue();
    assertThat(m("role in {'x'}", l)).isFalse();
    assertThat(m("app contains 'front'", l)).isTrue();
    assertThat(m("app starts with 'web'", l)).isTrue();
    assertThat(m("app ends with 'end'", l)).isTrue();
    assertThat(m("has(tier) && !has(role)", l)).isTrue();
    assertThat(m("tier == '2' || app == 'web-frontend'", l)).isTrue();
    assertThat(m("", l)).as("the empty selector is all()").isTrue();
    assertThat(m("global()", l)).isTrue();
  }

  @Test
  void prefixingAndReplacingAllAsTheUpdateProcessorsDo() {
    assertThat(Selectors.prefixed(Selectors.parse("team == 'a' && has(x) && k in {'v'}"), "pcns.").print())
        .isEqualTo("pcns.team == 'a' && has(pcns.x) && pcns.k in {'v'}");
    assertThat(Selectors.replaceAllAndGlobal(Selectors.parse("all()"),
        dev.calicokit.model.selector.SelectorExpression.has("projectcalico.org/namespace"), null).print())
        .isEqualTo("has(projectcalico.org/namespace)");
  }

  @Test
  void requiredLabelsAreTheTopLevelEqualities() {
    assertThat(Selectors.requiredLabels(Selectors.parse("a == '1' && (b == '2' || c == '3') && d == '4'")))
        .containsExactly(Map.entry("a", "1"), Map.entry("d", "4"));
    assertThat(Selectors.requiredLabels(Selectors.parse("a == '1' || d == '4'"))).isEmpty();
  }
}
