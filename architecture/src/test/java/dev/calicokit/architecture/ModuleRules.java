package dev.calicokit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.ThrowsDeclaration;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the module graph, for the classes below one root package whose first segment names the
 * module ({@code dev.calicokit.model...} is module {@code model}). A package with an {@code internal}
 * segment is its module's implementation; every other package is API. Built for a root, so that the
 * same rules run over the project's classes and over the planted violations of {@code ModuleRulesTest}.
 */
final class ModuleRules {
  private final String root;

  private ModuleRules(String root) {
    this.root = root;
  }

  /** The rules for the modules below {@code root}. */
  static ModuleRules below(String root) {
    return new ModuleRules(root);
  }

  /** No module depends on another that depends back on it, through any of their packages. */
  ArchRule noCyclesBetweenModules() {
    return slices().matching(root + ".(*)..").namingSlices("module $1").should().beFreeOfCycles()
        .because("a module graph with a cycle cannot be built, published or understood one module at a time");
  }

  /** No class uses a class of another module's internal packages. */
  ArchRule noUseOfAnotherModulesInternals() {
    return classes().that(inModules()).should(new ArchCondition<JavaClass>("use only their own module's internals") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> from = module(origin);
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          if (isInternal(target) && !module(target).equals(from)) {
            events.add(SimpleConditionEvent.violated(origin, d.getDescription()
                + " uses module " + module(target).orElse("?") + "'s internal " + target.getName()));
          }
        }
      }
    }).because("what modules share is public API or a module of its own, never another module's internals");
  }

  /**
   * No type that users can reach (public, in an API package, every enclosing type public) shows an
   * internal type in what users can reach of it: its supertypes and type parameters, its public and
   * protected fields, constructors and methods (parameter, return and thrown types, type arguments
   * included).
   */
  ArchRule noInternalTypesInPublicSignatures() {
    return classes().that(inModules()).and(reachableApi())
        .should(new ArchCondition<JavaClass>("not show internal types in their public signatures") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            List<String> shown = new ArrayList<>();
            type.getRawSuperclass().ifPresent(s -> note(shown, "its superclass", type.getSuperclass().get()));
            type.getInterfaces().forEach(i -> note(shown, "its interfaces", i));
            type.getTypeParameters().forEach(p -> noteBounds(shown, "its type parameters", p));
            for (JavaField f : type.getFields()) {
              if (reachable(f)) {
                note(shown, "field " + f.getName(), f.getType());
              }
            }
            for (JavaCodeUnit c : type.getCodeUnits()) {
              if (!reachable(c)) {
                continue;
              }
              String where = c.getName() + "(...)";
              note(shown, where, c.getReturnType());
              c.getParameterTypes().forEach(p -> note(shown, where, p));
              c.getTypeParameters().forEach(p -> noteBounds(shown, where, p));
              for (ThrowsDeclaration<? extends JavaCodeUnit> t : c.getThrowsClause()) {
                note(shown, where, t.getRawType());
              }
            }
            shown.stream().distinct().forEach(s -> events.add(SimpleConditionEvent.violated(type,
                type.getName() + " shows " + s)));
          }
        }).because("users see API packages only; an internal type in a public signature leaks the implementation");
  }

  /** The classes Immutables generates ({@code ImmutableX}) are not public: users go through {@code X.builder()}. */
  ArchRule generatedImplementationsAreHidden() {
    return classes().that(inModules()).and().haveSimpleNameStartingWith("Immutable").should().notBePublic()
        .because("the value type and its nested Builder are the API; the generated implementation may change");
  }

  /** Each module depends on the modules {@code allowed} names for it and no other (missing: none). */
  ArchRule modulesDependOnlyOn(Map<String, Set<String>> allowed) {
    return classes().that(inModules()).should(new ArchCondition<JavaClass>("depend only on the modules declared for theirs") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = module(origin).orElseThrow();
        Set<String> may = allowed.getOrDefault(from, Set.of());
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          Optional<String> to = module(d.getTargetClass());
          if (to.isPresent() && !to.get().equals(from) && !may.contains(to.get())) {
            events.add(SimpleConditionEvent.violated(origin, d.getDescription()
                + ": module " + from + " may not depend on module " + to.get()));
          }
        }
      }
    });
  }

  /** The module a class belongs to: the first package segment below the root. */
  Optional<String> module(JavaClass c) {
    String p = c.getPackageName();
    if (!p.startsWith(root + ".")) {
      return Optional.empty();
    }
    String rest = p.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  private boolean isInternal(JavaClass c) {
    return module(c).isPresent() && ("." + c.getPackageName() + ".").contains(".internal.");
  }

  private DescribedPredicate<JavaClass> inModules() {
    return DescribedPredicate.describe("are in a module below " + root, c -> module(c).isPresent());
  }

  private DescribedPredicate<JavaClass> reachableApi() {
    return DescribedPredicate.describe("are public types of API packages", c -> !isInternal(c) && reachable(c));
  }

  private static boolean reachable(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    return c.getEnclosingClass().map(ModuleRules::reachable).orElse(true);
  }

  private static boolean reachable(JavaMember m) {
    Set<JavaModifier> mods = m.getModifiers();
    return (mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED))
        && !mods.contains(JavaModifier.SYNTHETIC) && !mods.contains(JavaModifier.BRIDGE);
  }

  private void note(List<String> shown, String where, JavaType type) {
    for (JavaClass involved : type.getAllInvolvedRawTypes()) {
      if (isInternal(involved)) {
        shown.add(involved.getName() + " in " + where);
      }
    }
  }

  private void noteBounds(List<String> shown, String where, JavaTypeVariable<?> variable) {
    variable.getUpperBounds().forEach(b -> note(shown, where, b));
  }
}
