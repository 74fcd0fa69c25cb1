package dev.calicokit.builders.internal;

import io.fabric8.kubernetes.api.model.ConfigMapKeySelectorBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Short constructors for the fabric8 pieces every part uses, so that the parts read like the manifest. */
final class K8s {
  static final String NAMESPACE = "kube-system";

  private K8s() {}

  /** The non-null items, in order: lets a list say "this item only from v3.28" inline. */
  @SafeVarargs
  static <T> List<T> list(T... items) {
    List<T> out = new ArrayList<>();
    for (T t : items) {
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** Like {@link #list} for strings. */
  static List<String> strings(String... items) {
    return list(items);
  }

  /** The item when the condition holds, else null (dropped by {@link #list}). */
  static <T> T when(boolean condition, T item) {
    return condition ? item : null;
  }

  static Map<String, String> map(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  static ObjectMeta meta(String name) {
    return new ObjectMetaBuilder().withName(name).build();
  }

  static ObjectMeta namespaced(String name) {
    return new ObjectMetaBuilder().withName(name).withNamespace(NAMESPACE).build();
  }

  static ObjectMeta namespaced(String name, String appLabel) {
    return new ObjectMetaBuilder().withName(name).withNamespace(NAMESPACE).withLabels(map("k8s-app", appLabel)).build();
  }

  static LabelSelector app(String appLabel) {
    return new LabelSelectorBuilder().withMatchLabels(map("k8s-app", appLabel)).build();
  }

  static EnvVar env(String name, String value) {
    return new EnvVarBuilder().withName(name).withValue(value).build();
  }

  static EnvVar fromConfig(String name, String configMap, String key) {
    return new EnvVarBuilder().withName(name).withNewValueFrom()
        .withConfigMapKeyRef(new ConfigMapKeySelectorBuilder().withName(configMap).withKey(key).build())
        .endValueFrom().build();
  }

  static EnvVar fromField(String name, String fieldPath) {
    return new EnvVarBuilder().withName(name).withNewValueFrom().withNewFieldRef().withFieldPath(fieldPath)
        .endFieldRef().endValueFrom().build();
  }

  /** The optional ConfigMap through which eBPF mode overrides the API server address. */
  static EnvFromSource servicesEndpoint() {
    return new EnvFromSourceBuilder().withNewConfigMapRef("kubernetes-services-endpoint", true).build();
  }

  static VolumeMount mount(String path, String name) {
    return new VolumeMountBuilder().withMountPath(path).withName(name).build();
  }

  static VolumeMount mount(String path, String name, Boolean readOnly) {
    return new VolumeMountBuilder().withMountPath(path).withName(name).withReadOnly(readOnly).build();
  }

  static VolumeMount bidirectional(String path, String name) {
    return new VolumeMountBuilder().withMountPath(path).withName(name).withMountPropagation("Bidirectional").build();
  }

  static Volume hostPath(String name, String path) {
    return hostPath(name, path, null);
  }

  static Volume hostPath(String name, String path, String type) {
    return new VolumeBuilder().withName(name).withNewHostPath().withPath(path).withType(type).endHostPath().build();
  }

  static Volume secret(String name, String secretName, int defaultMode) {
    return new VolumeBuilder().withName(name).withNewSecret().withSecretName(secretName).withDefaultMode(defaultMode)
        .endSecret().build();
  }

  static Toleration tolerate(String key, String operator, String effect) {
    return new TolerationBuilder().withKey(key).withOperator(operator).withEffect(effect).build();
  }

  static PolicyRule rule(List<String> groups, List<String> resources, String... verbs) {
    return new PolicyRuleBuilder().withApiGroups(groups).withResources(resources).withVerbs(Arrays.asList(verbs)).build();
  }

  static PolicyRule named(List<String> groups, List<String> resources, List<String> names, String... verbs) {
    return new PolicyRuleBuilder().withApiGroups(groups).withResources(resources).withResourceNames(names)
        .withVerbs(Arrays.asList(verbs)).build();
  }

  static List<String> core() {
    return List.of("");
  }

  static List<String> group(String g) {
    return List.of(g);
  }

  static boolean same(Object a, Object b) {
    return Objects.equals(a, b);
  }
}
