package dev.calicokit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph of calicokit, checked on the main classes of every module (this module depends on
 * all of them; tests, test jars and this module's own classes are left out).
 */
class ArchitectureTest {
  private static final ModuleRules RULES = ModuleRules.below("dev.calicokit");

  /** Who may use whom: the library modules first, then what is built on them. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "model", Set.of(),
      "schemas", Set.of("model"),
      "builders", Set.of("model"),
      "policy", Set.of("model"),
      "testing", Set.of("model", "policy"),
      "samples", Set.of("model", "schemas", "builders"),
      "cli", Set.of("model", "schemas", "builders", "policy"),
      "benchmarks", Set.of("model", "schemas", "builders", "policy"));

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
        .importPackages("dev.calicokit");
  }

  @Test
  void everyModuleIsImported() {
    Set<String> modules = classes.stream().map(RULES::module).flatMap(java.util.Optional::stream)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(modules).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    assertThat(classes.stream().map(JavaClass::getPackageName)).noneMatch(p -> p.startsWith("dev.calicokit.architecture"));
  }

  @Test
  void noCyclesBetweenModules() {
    RULES.noCyclesBetweenModules().check(classes);
  }

  @Test
  void noModuleUsesAnotherModulesInternals() {
    RULES.noUseOfAnotherModulesInternals().check(classes);
  }

  @Test
  void noPublicSignatureShowsAnInternalType() {
    RULES.noInternalTypesInPublicSignatures().check(classes);
  }

  @Test
  void generatedImplementationsAreHidden() {
    RULES.generatedImplementationsAreHidden().check(classes);
  }

  @Test
  void modulesDependOnlyOnTheModulesDeclaredForThem() {
    RULES.modulesDependOnlyOn(ALLOWED).check(classes);
  }
}
