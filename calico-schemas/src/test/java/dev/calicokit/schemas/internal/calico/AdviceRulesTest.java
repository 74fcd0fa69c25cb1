package dev.calicokit.schemas.internal.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Severity;
import dev.calicokit.schemas.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warnings about resources that Calico accepts but that do not do what they seem to. */
class AdviceRulesTest {
  private static final Validator V3_32 = Validator.forRelease(Release.V3_32);

  private static List<Finding> advice(String yaml) {
    return V3_32.validate(yaml).findings().stream()
        .filter(f -> f.rule().equals("calico.selector.unsatisfiable") || f.rule().equals("calico.policy.log-only"))
        .toList();
  }

  @Test
  void unsatisfiableSelectorsAreWarningsAtTheirField() {
    List<Finding> found = advice("""
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata:
          name: never
          namespace: default
        spec:
          selector: app == 'web' && app == 'api'
          ingress:
            - action: Allow
              source:
                selector: has(role) && !has(role)
                notSelector: tier == 'a' && tier == 'b'
            - action: Allow
              source:
                selector: app == 'web' || app == 'api'
        """);
    assertThat(found).extracting(Finding::path, Finding::severity).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("/spec/selector", Severity.WARNING),
        org.assertj.core.groups.Tuple.tuple("/spec/ingress/0/source/selector", Severity.WARNING),
        org.assertj.core.groups.Tuple.tuple("/spec/ingress/0/source/notSelector", Severity.WARNING));
    Finding top = found.stream().filter(f -> f.path().equals("/spec/selector")).findFirst().orElseThrow();
    assertThat(top.message()).contains("app == 'web' && app == 'api'").contains("never applies");
    assertThat(top.line()).hasValue(7);
    assertThat(found).filteredOn(f -> f.path().endsWith("notSelector")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("excludes nothing"));
  }

  @Test
  void aPolicyWhoseOnlyRulesAreLogIsAWarning() {
    List<Finding> found = advice("""
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata:
          name: log-everything
        spec:
          selector: all()
          types: [Ingress, Egress]
          ingress:
            - action: Log
          egress:
            - action: Log
        """);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("calico.policy.log-only");
      assertThat(f.path()).isEqualTo("/spec");
      assertThat(f.message()).contains("denied at the end of the tier").contains("add an Allow or Pass rule");
    });
  }

  @Test
  void logThenAllowAndPoliciesWithoutRulesAreFine() {
    assertThat(advice("""
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata:
          name: log-then-allow
        spec:
          selector: all()
          ingress:
            - action: Log
            - action: Allow
        ---
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata:
          name: default-deny
        spec:
          selector: all()
          types: [Ingress]
        ---
        apiVersion: projectcalico.org/v3
        kind: StagedGlobalNetworkPolicy
        metadata:
          name: staged-log
        spec:
          selector: all()
          ingress:
            - action: Log
        """)).isEmpty();
  }
}
