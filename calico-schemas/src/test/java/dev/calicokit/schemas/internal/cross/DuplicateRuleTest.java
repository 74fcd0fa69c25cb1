package dev.calicokit.schemas.internal.cross;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two documents of one group, kind, namespace and name in a manifest: the later replaces the earlier. */
class DuplicateRuleTest {
  private static final Validator V3_32 = Validator.forRelease(Release.V3_32);

  private static List<Finding> duplicates(String yaml) {
    return V3_32.validate(yaml).findings().stream().filter(f -> f.rule().equals("manifest.duplicate")).toList();
  }

  @Test
  void theSecondOfTwoEqualKeysIsAWarningAtItsName() {
    List<Finding> found = duplicates("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: calico-config, namespace: kube-system}
        ---
        apiVersion: policy/v1beta1
        kind: PodDisruptionBudget
        metadata: {name: typha, namespace: kube-system}
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: typha, namespace: kube-system}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: calico-config
          namespace: kube-system
        """);
    assertThat(found).extracting(Finding::document).containsExactly(2, 3);
    assertThat(found.get(1).message()).contains("ConfigMap kube-system/calico-config").contains("replaces it");
    assertThat(found.get(1).line()).hasValue(16);
  }

  @Test
  void otherNamespacesKindsAndGroupsAreDistinct() {
    assertThat(duplicates("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a, namespace: one}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a, namespace: two}
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: a, namespace: one}
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: a}
        spec: {cidr: 10.0.0.0/16}
        ---
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: a}
        spec: {cidr: 10.0.0.0/16}
        """)).isEmpty();
  }
}
