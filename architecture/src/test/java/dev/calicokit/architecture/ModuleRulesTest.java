package dev.calicokit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ModuleRules} reports the violation planted for it under
 * {@code dev.calicokit.architecture.fixture} and nothing in the code beside it that keeps the rule; so a
 * green ArchitectureTest means the project keeps the rules, not that the rules cannot fail.
 */
class ModuleRulesTest {
  private static final String FIXTURE = "dev.calicokit.architecture.fixture";

  private static JavaClasses fixture(String name) {
    return new ClassFileImporter().importPackages(FIXTURE + "." + name);
  }

  private static List<String> violations(ArchRule rule, JavaClasses classes) {
    EvaluationResult result = rule.evaluate(classes);
    return result.getFailureReport().getDetails();
  }

  @Test
  void aCycleBetweenModulesIsReported() {
    List<String> found = violations(ModuleRules.below(FIXTURE + ".cycle").noCyclesBetweenModules(), fixture("cycle"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0)).contains("module a").contains("module b");
  }

  @Test
  void aModuleWithoutCyclesPasses() {
    assertThat(violations(ModuleRules.below(FIXTURE + ".deps").noCyclesBetweenModules(), fixture("deps"))).isEmpty();
  }

  @Test
  void usingAnotherModulesInternalsIsReportedAndUsingOnesOwnIsNot() {
    List<String> found = violations(ModuleRules.below(FIXTURE + ".leak").noUseOfAnotherModulesInternals(), fixture("leak"));
    assertThat(found).isNotEmpty().allSatisfy(v -> assertThat(v)
        .contains(FIXTURE + ".leak.b.UsesHidden").contains("module a's internal " + FIXTURE + ".leak.a.internal.Hidden"));
    assertThat(found).noneMatch(v -> v.contains("OwnUse"));
  }

  @Test
  void anInternalTypeInAPublicSignatureIsReported() {
    List<String> found = violations(ModuleRules.below(FIXTURE + ".exposure").noInternalTypesInPublicSignatures(),
        fixture("exposure"));
    String impl = FIXTURE + ".exposure.a.internal.Impl";
    assertThat(found).containsExactlyInAnyOrder(
        FIXTURE + ".exposure.a.Leaky shows " + impl + " in impl(...)",
        FIXTURE + ".exposure.a.LeakyGeneric shows " + impl + " in count(...)");
  }

  @Test
  void aPublicGeneratedImplementationIsReported() {
    List<String> found = violations(ModuleRules.below(FIXTURE + ".hidden").generatedImplementationsAreHidden(),
        fixture("hidden"));
    assertThat(found).hasSize(1);
    assertThat(found.get(0)).contains("ImmutableLeaky").doesNotContain("ImmutableFine");
  }

  @Test
  void aDependencyOnAModuleNotDeclaredIsReported() {
    ModuleRules rules = ModuleRules.below(FIXTURE + ".deps");
    List<String> found = violations(rules.modulesDependOnlyOn(Map.of()), fixture("deps"));
    assertThat(found).isNotEmpty().allSatisfy(v -> assertThat(v).contains("module a may not depend on module b"));
    assertThat(violations(rules.modulesDependOnlyOn(Map.of("a", Set.of("b"))), fixture("deps"))).isEmpty();
  }
}
