package dev.calicokit.model.selector;

import static dev.calicokit.model.selector.SelectorExpression.and;
import static dev.calicokit.model.selector.SelectorExpression.eq;
import static dev.calicokit.model.selector.SelectorExpression.has;
import static dev.calicokit.model.selector.SelectorExpression.in;
import static dev.calicokit.model.selector.SelectorExpression.not;
import static dev.calicokit.model.selector.SelectorExpression.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.schema.ModelProperties;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.values.Selector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelectorParserTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "all()", "global()", "", "  ", "has(app)", "!has(app)", "role == 'db'", "role != \"db\"",
      "env in {'prod', 'stage'}", "env not in {}", "name contains 'web'", "name starts with 'kube-'",
      "name ends with '-canary'", "k8s-app == 'kube-dns'", "projectcalico.org/namespace == 'kube-system'",
      "a == 'x' && b == 'y' || c == 'z'", "!(a == 'x' || b == 'y') && has(c)", "((has(a)))",
      "app == 'it''s'", "all() && !global()", "role=='db'&&has(x)", "x in {'a','b','c'}", "a in {'x',}", "a startswith 'x'",
      "all == 'x'", "has(has)"})
  void parsesValidSelectorsAndTheCanonicalFormParsesBackEqual(String text) {
    if (text.equals("app == 'it''s'")) {
      assertThatThrownBy(() -> SelectorParser.parse(text)).isInstanceOf(SelectorSyntaxException.class);
      return;
    }
    SelectorExpression e = SelectorParser.parse(text);
    assertThat(SelectorParser.parse(e.print())).isEqualTo(e);
  }

  @ParameterizedTest
  @ValueSource(strings = {"has(", "role ==", "role == db", "role = 'db'", "a == 'x' &&", "a == 'x' & b == 'y'",
      "(a == 'x'", "a in {'x'", "a in 'x'", "a not 'x'", "a starts 'x'", "all(", "== 'x'", "a == 'x' b == 'y'",
      "has(a b)", "a == 'unterminated", "!", "has (a)", "a == 'x'\n&& has(b)"})
  void rejectsInvalidSelectorsNamingThePlaceAndWhatWasExpected(String text) {
    assertThatThrownBy(() -> SelectorParser.parse(text))
        .isInstanceOfSatisfying(SelectorSyntaxException.class, e -> {
          assertThat(e.position()).isBetween(0, text.length());
          assertThat(e.getMessage()).contains("expected", "position " + e.position());
        });
  }

  @Test
  void precedenceAndPrinting() {
    SelectorExpression e = SelectorParser.parse("a == 'x' && b == 'y' || !c == 'z'");
    assertThat(e).isInstanceOf(SelectorExpression.Or.class);
    assertThat(e.print()).isEqualTo("a == 'x' && b == 'y' || !c == 'z'");
    assertThat(SelectorParser.parse("(a == 'x' || b == 'y') && has(c)").print()).isEqualTo("(a == 'x' || b == 'y') && has(c)");
    assertThat(SelectorParser.parse("role=='db'&&has(x)").print()).isEqualTo("role == 'db' && has(x)");
    assertThat(SelectorParser.parse("").print()).isEqualTo("all()");
  }

  @Test
  void theBuilderWritesSelectorsThatParseBack() {
    SelectorExpression e = and(eq("role", "frontend"), or(in("env", "prod", "stage"), not(has("canary"))));
    assertThat(e.print()).isEqualTo("role == 'frontend' && (env in {'prod', 'stage'} || !has(canary))");
    assertThat(Selector.of(e).expression()).isEqualTo(e);
    assertThatThrownBy(() -> has("bad key")).isInstanceOf(SelectorSyntaxException.class);
  }

  @Property(tries = 2000)
  void printedExpressionsParseBackEqual(@ForAll("expressions") SelectorExpression e) {
    assertThat(SelectorParser.parse(e.print())).isEqualTo(normalize(e));
  }

  @Provide
  Arbitrary<SelectorExpression> expressions() {
    return Arbitraries.randomValue(r -> random(r, 0));
  }

  private static SelectorExpression random(Random r, int depth) {
    String[] keys = {"app", "role", "k8s-app", "projectcalico.org/name", "a.b_c"};
    String[] values = {"db", "", "kube-dns", "it's", "a b", "x\"y"};
    String key = keys[r.nextInt(keys.length)];
    String value = values[r.nextInt(values.length)];
    switch (depth > 3 ? r.nextInt(6) : r.nextInt(9)) {
      case 0: return SelectorExpression.all();
      case 1: return new SelectorExpression.Global();
      case 2: return has(key);
      case 3: return new SelectorExpression.Compare(key,
          SelectorExpression.Operator.values()[r.nextInt(SelectorExpression.Operator.values().length)], value);
      case 4: return new SelectorExpression.In(key, List.of(values).subList(0, r.nextInt(4)), r.nextBoolean());
      case 5: return not(random(r, depth + 1));
      case 6: return new SelectorExpression.And(List.of(random(r, depth + 1), random(r, depth + 1)));
      default: return new SelectorExpression.Or(List.of(random(r, depth + 1), random(r, depth + 1)));
    }
  }

  /** Nested ands (and ors) flatten when printed and parsed back, as they mean the same. */
  private static SelectorExpression normalize(SelectorExpression e) {
    if (e instanceof SelectorExpression.Not) {
      return new SelectorExpression.Not(normalize(((SelectorExpression.Not) e).operand()));
    }
    if (e instanceof SelectorExpression.And) {
      List<SelectorExpression> out = new ArrayList<>();
      for (SelectorExpression o : ((SelectorExpression.And) e).operands()) {
        SelectorExpression n = normalize(o);
        if (n instanceof SelectorExpression.And) {
          out.addAll(((SelectorExpression.And) n).operands());
        } else {
          out.add(n);
        }
      }
      return new SelectorExpression.And(out);
    }
    if (e instanceof SelectorExpression.Or) {
      List<SelectorExpression> out = new ArrayList<>();
      for (SelectorExpression o : ((SelectorExpression.Or) e).operands()) {
        SelectorExpression n = normalize(o);
        if (n instanceof SelectorExpression.Or) {
          out.addAll(((SelectorExpression.Or) n).operands());
        } else {
          out.add(n);
        }
      }
      return new SelectorExpression.Or(out);
    }
    return e;
  }

  @Test
  void everySelectorInOurHandWrittenResourcesParses() throws Exception {
    Path dir = Paths.get(SelectorParserTest.class.getResource("/resources").toURI());
    List<Selector> selectors = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.collect(Collectors.toList())) {
        collect(CalicoCodec.yaml().read(Files.readString(f)), selectors);
      }
    }
    assertThat(selectors).hasSizeGreaterThan(20);
    for (Selector s : selectors) {
      assertThat(s.isValid()).as(s.text()).isTrue();
    }
  }

  private static void collect(Object value, List<Selector> out) {
    if (value instanceof Selector) {
      out.add((Selector) value);
    } else if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> collect(v, out));
    } else if (value instanceof List) {
      ((List<?>) value).forEach(v -> collect(v, out));
    } else if (value != null && (value instanceof CalicoResource || ModelProperties.isModelType(value.getClass()))) {
      for (ModelProperties.Property p : ModelProperties.of(value.getClass())) {
        collect(p.get(value), out);
      }
    }
  }

  @Test
  void nestingHasAnExplicitLimitWithItsOwnMessage() {
    String ok = "(".repeat(SelectorParser.MAX_NESTING) + "a == 'b'" + ")".repeat(SelectorParser.MAX_NESTING);
    org.assertj.core.api.Assertions.assertThat(SelectorParser.parse(ok)).isNotNull();
    for (String deep : new String[] {"(".repeat(3000) + "a == 'b'" + ")".repeat(3000), "!".repeat(6000) + "has(a)"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> SelectorParser.parse(deep))
          .isInstanceOf(SelectorSyntaxException.class).hasMessageContaining("at most 100 levels")
          .hasMessageContaining("...");
    }
  }
}
