package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Built-in kinds checked for the fields the API server requires, as a hand edit loses them. */
class BuiltInStructureTest {
  private static final Validator V3_32 = Validator.forRelease(Release.V3_32);

  private static List<String> required(String yaml) {
    return V3_32.validate(yaml).findings().stream().filter(f -> f.rule().equals("schema.required"))
        .map(f -> f.path() + " " + f.message()).toList();
  }

  @Test
  void aVolumeMountWithoutMountPathAndOtherLostFieldsAreErrors() {
    List<String> found = required("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: calico-node, namespace: kube-system}
        spec:
          selector: {matchLabels: {k8s-app: calico-node}}
          template:
            metadata: {labels: {k8s-app: calico-node}}
            spec:
              containers:
                - name: calico-node
                  image: docker.io/calico/node:v3.32.1
                  env:
                    - value: "1440"
                  volumeMounts:
                    - name: lib-modules
                      readOnly: true
                    - name: var-run-calico
                      mountPath: ""
              volumes:
                - hostPath: {path: /lib/modules}
        """);
    assertThat(found).containsExactlyInAnyOrder(
        "/spec/template/spec/containers/0/env/0 EnvVar needs name: the API server refuses the object without it",
        "/spec/template/spec/containers/0/volumeMounts/0 VolumeMount needs mountPath: the API server refuses the object without it",
        "/spec/template/spec/containers/0/volumeMounts/1 VolumeMount needs mountPath (found an empty string): the API server"
            + " refuses the object without it",
        "/spec/template/spec/volumes/0 Volume needs name: the API server refuses the object without it");
  }

  @Test
  void rbacRulesNeedVerbsAndBindingsTheirSubjectsNames() {
    List<Finding> found = V3_32.validate("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: r}
        rules:
          - apiGroups: [""]
            resources: [pods]
            verbs: []
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: b}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}
        subjects:
          - kind: ServiceAccount
            namespace: kube-system
        """).findings().stream().filter(f -> f.rule().equals("schema.required")).toList();
    assertThat(found).extracting(Finding::path).containsExactly("/rules/0", "/subjects/0");
    assertThat(found.get(0).line()).hasValue(5);
  }
}
