package dev.calicokit.builders.internal;

import dev.calicokit.builders.ManifestOptions;
import dev.calicokit.builders.Preset;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Puts the parts together in the order the chart writes them: disruption budgets and service
 * accounts, the Secret and ConfigMap, the CRDs, roles, then bindings, then workloads. v3.21's chart
 * wrote each component's documents together instead.
 */
public final class Renderer {
  /** Where the CRDs go among the parts; they arrive from another thread. */
  private static final Object CRDS_HERE = new Object();

  private Renderer() {}

  /** Renders the manifest of the options; fails on contradictory or unsupported ones. */
  public static Manifest render(ManifestOptions options) {
    Config c = Config.resolve(options);
    // The CRDs are most of the manifest and independent of the rest: read them (CrdCache) on another
    // core while this one builds the workloads (a cold JVM spends most of a render loading classes).
    boolean needsCrds = c.preset == Preset.CRDS || c.version.release() == Release.V3_21 || c.includeCrds() && !c.etcd();
    CompletableFuture<List<ManifestDocument>> crds = needsCrds
        ? CompletableFuture.supplyAsync(() -> Crds.build(c))
        : CompletableFuture.completedFuture(List.of());
    try {
      return render(c, crds);
    } finally {
      crds.cancel(false);
    }
  }

  /**
   * Builds every other document while the CRDs are read, then puts the CRDs in their place: the parts are
   * turned into documents here first, so this thread writes the workloads as the other reads the CRDs.
   */
  private static Manifest render(Config c, CompletableFuture<List<ManifestDocument>> crds) {
    List<Object> parts = new ArrayList<>();
    if (c.preset == Preset.CRDS) {
      parts.add(CRDS_HERE);
    } else if (c.version.release() == Release.V3_21) {
      v321(c, parts);
    } else {
      current(c, parts);
    }
    List<ManifestDocument> docs = new ArrayList<>();
    int crdsAt = -1;
    for (Object part : parts) {
      if (part == CRDS_HERE) {
        crdsAt = docs.size();
      } else {
        docs.add(ManifestDocument.of(part));
      }
    }
    if (crdsAt >= 0) {
      docs.addAll(crdsAt, join(crds));
    }
    return Manifest.of(docs);
  }

  private static void current(Config c, List<Object> docs) {
    docs.add(Workloads.disruptionBudget("calico-kube-controllers"));
    if (c.typha()) {
      docs.add(Typha.disruptionBudget());
    }
    docs.add(Workloads.serviceAccount("calico-kube-controllers"));
    docs.add(Workloads.serviceAccount(c.nodeName()));
    if (Rbac.hasCniPlugin(c)) {
      docs.add(Workloads.serviceAccount("calico-cni-plugin"));
    }
    if (c.v3Crds()) {
      docs.add(Workloads.serviceAccount("calico-webhooks"));
    }
    if (c.etcd()) {
      docs.add(Workloads.etcdSecret(c));
    }
    docs.add(ConfigMapPart.build(c));
    if (c.includeCrds() && !c.etcd()) {
      docs.add(CRDS_HERE);
    }
    docs.add(Rbac.kubeControllers(c));
    docs.add(Rbac.node(c));
    if (Rbac.hasCniPlugin(c)) {
      docs.add(Rbac.cniPlugin(c));
    }
    if (c.v3Crds()) {
      docs.add(Webhooks.role());
    }
    if (c.canal()) {
      docs.add(Rbac.flannel());
      if (c.etcd()) {
        docs.add(Rbac.canal());
      }
    }
    if (Rbac.hasTierGetter(c)) {
      docs.add(Rbac.tierGetter());
    }
    docs.add(Rbac.binding("calico-kube-controllers", "calico-kube-controllers", "calico-kube-controllers"));
    if (c.canal()) {
      // canal's agent runs calico-node and flannel under one service account: two bindings.
      // Both name the service account "canal", also with etcd where the agent runs as canal-node: the
      // chart's templates do so (canal-node gets its own rights through the canal binding below).
      docs.add(Rbac.binding("canal-flannel", "flannel", "canal"));
      docs.add(Rbac.binding("canal-calico", "calico-node", "canal"));
    } else {
      docs.add(Rbac.binding(c.nodeName(), "calico-node", c.nodeName()));
    }
    if (Rbac.hasCniPlugin(c)) {
      docs.add(Rbac.binding("calico-cni-plugin", "calico-cni-plugin", "calico-cni-plugin"));
    }
    if (c.v3Crds()) {
      docs.add(Rbac.binding("calico-webhooks", "calico-webhooks", "calico-webhooks"));
    }
    if (c.canal() && c.etcd()) {
      docs.add(Rbac.binding("canal", "canal", c.nodeName()));
    }
    if (Rbac.hasTierGetter(c)) {
      docs.add(Rbac.tierGetterBinding());
    }
    if (c.typha()) {
      docs.add(Typha.service());
    }
    if (c.v3Crds()) {
      docs.add(Webhooks.service());
    }
    docs.add(NodeDaemonSet.build(c));
    docs.add(KubeControllers.build(c));
    if (c.typha()) {
      docs.add(Typha.deployment(c));
    }
    if (c.canal() && c.etcd()) {
      docs.add(Flannel.configureJob(c));
    }
    if (c.v3Crds()) {
      docs.add(Webhooks.deployment(c));
      docs.add(Webhooks.policyTypes());
      docs.add(Webhooks.tierLabel());
      docs.add(Webhooks.policyTypesBinding());
      docs.add(Webhooks.tierLabelBinding());
      if (Webhooks.protectsBuiltInTiers(c)) {
        docs.add(Webhooks.protectTiers());
        docs.add(Webhooks.protectTiersBinding());
      }
      docs.add(Webhooks.validating());
    }
  }

  /** v3.21's order: config, CRDs, then each component with its RBAC. */
  private static void v321(Config c, List<Object> docs) {
    docs.add(ConfigMapPart.build(c));
    docs.add(CRDS_HERE);
    docs.add(Rbac.kubeControllers(c));
    docs.add(Rbac.binding("calico-kube-controllers", "calico-kube-controllers", "calico-kube-controllers"));
    docs.add(Rbac.node(c));
    docs.add(Rbac.binding("calico-node", "calico-node", "calico-node"));
    docs.add(NodeDaemonSet.build(c));
    docs.add(Workloads.serviceAccount("calico-node"));
    docs.add(KubeControllers.build(c));
    docs.add(Workloads.serviceAccount("calico-kube-controllers"));
    docs.add(Workloads.disruptionBudgetV1beta1("calico-kube-controllers"));
  }

  /** The CRD documents, rethrowing what went wrong while generating them. */
  private static List<ManifestDocument> join(CompletableFuture<List<ManifestDocument>> crds) {
    try {
      return crds.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
    }
  }

}
