package dev.calicokit.builders.internal;

import dev.calicokit.builders.Options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.manifest.ManifestDocument;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The small documents around the workloads: service accounts, disruption budgets, the etcd Secret. */
final class Workloads {
  private Workloads() {}

  static ServiceAccount serviceAccount(String name) {
    return new ServiceAccountBuilder().withMetadata(K8s.namespaced(name)).build();
  }

  static PodDisruptionBudget disruptionBudget(String app) {
    return new PodDisruptionBudgetBuilder().withMetadata(K8s.namespaced(app, app))
        .withNewSpec().withMaxUnavailable(new IntOrString(1)).withSelector(K8s.app(app)).endSpec().build();
  }

  /** policy/v1beta1, as v3.21 wrote it (policy/v1 needs Kubernetes 1.21). */
  static io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudget disruptionBudgetV1beta1(String app) {
    return new io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudgetBuilder()
        .withMetadata(K8s.namespaced(app, app))
        .withNewSpec().withMaxUnavailable(new IntOrString(1)).withSelector(K8s.app(app)).endSpec().build();
  }

  /**
   * The Secret holding etcd TLS material (base64, as Secrets hold data). Without material the chart
   * writes {@code data: null}, which the document keeps.
   */
  static Object etcdSecret(Config c) {
    Map<String, String> data = new LinkedHashMap<>();
    put(data, "etcd-key", c.get(Options.ETCD_KEY).orElse(null));
    put(data, "etcd-cert", c.get(Options.ETCD_CERT).orElse(null));
    put(data, "etcd-ca", c.get(Options.ETCD_CA).orElse(null));
    SecretBuilder b = new SecretBuilder().withType("Opaque").withMetadata(K8s.namespaced("calico-etcd-secrets"));
    if (!data.isEmpty()) {
      return b.withData(data).build();
    }
    // The chart writes `data:` with every key commented out, which reads as null; a fabric8 Secret cannot
    // hold a null it would write, so the document is held as its tree (bound only if asked for).
    JsonNode tree = ManifestDocument.of(b.build()).toTree();
    ((ObjectNode) tree).putNull("data");
    return ManifestDocument.ofCanonicalTree(tree);
  }

  private static void put(Map<String, String> data, String key, String pem) {
    if (pem != null) {
      data.put(key, Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
