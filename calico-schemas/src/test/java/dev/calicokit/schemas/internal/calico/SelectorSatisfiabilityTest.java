package dev.calicokit.schemas.internal.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.selector.SelectorParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which selectors no label set satisfies, under libcalico-go's meaning of each operator. */
class SelectorSatisfiabilityTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "a == 'x' && a == 'y'",
      "has(a) && !has(a)",
      "a == 'x' && !has(a)",
      "a in {'x', 'y'} && a in {'z'}",
      "a == 'x' && a != 'x'",
      "a == 'x' && a not in {'x', 'y'}",
      "a == 'x' && a starts with 'y'",
      "!all()",
      "(a == 'x' || b == 'y') && a == 'z' && !has(b)",
      "!(a != 'x') && a == 'y'",
      "a contains 'q' && !has(a)",
      "global() && !global()"})
  void unsatisfiable(String selector) {
    assertThat(SelectorSatisfiability.unsatisfiable(SelectorParser.parse(selector))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "all()",
      "a == 'x' && b == 'y'",
      "a == 'x' || a == 'y'",
      "a != 'x' && !has(a)",
      "a not in {'x'} && !has(a)",
      "!(a == 'x') && !has(a)",
      "a in {'x', 'y'} && a != 'x'",
      "a starts with 'x' && a ends with 'y'",
      "a contains 'x' && !(a contains 'x')",
      "has(a) && a != 'x'",
      "global()",
      "(a == 'x' && a == 'y') || b == 'z'"})
  void satisfiableOrUndecided(String selector) {
    assertThat(SelectorSatisfiability.unsatisfiable(SelectorParser.parse(selector))).isFalse();
  }
}
