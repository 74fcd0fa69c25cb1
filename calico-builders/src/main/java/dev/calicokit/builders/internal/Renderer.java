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
  private Renderer() {}

  /** Renders the manifest of the options; fails on contradictory or unsupported ones. */
  public static Manifest render(ManifestOptions options) {
    Config c = Config.resolve(options);
    // The CRDs are most of the manifest and independent of the rest: read them (CrdCache) on another
    // core while this one builds the workloads (a cold JVM spends most of a render loading classes).
    boolean needsCrds = c.preset == Preset.CRDS || c.v.release() == Release.V3_21 || c.includeCrds && !c.etcd();
    CompletableFuture<List<ManifestDocument>> crds = needsCrds
        ? CompletableFuture.supplyAsync(() -> Crds.build(c))
        : CompletableFuture.completedFuture(List.of());
    try {
      return render(c, crds);
    } finally {
      crds.cancel(false);
    }
  }

  private static Manifest render(Config c, CompletableFuture<List<ManifestDocument>> crds) {
    List<Object> docs = new ArrayList<>();
    if (c.preset == Preset.CRDS) {
      docs.addAll(join(crds));
    } else if (c.v.release() == Release.V3_21) {
      v321(c, docs, crds);
    } else {
      current(c, docs, crds);
    }
    return manifest(docs);
  }

  private static void current(Config c, List<Object> docs, CompletableFuture<List<ManifestDocument>> crds) {
    add(docs, Workloads.disruptionBudget("calico-kube-controllers"));
    if (c.typha) {
      add(docs, Typha.disruptionBudget());
    }
    add(docs, Workloads.serviceAccount("calico-kube-controllers"));
    add(docs, Workloads.serviceAccount(c.nodeName()));
    if (Rbac.hasCniPlugin(c)) {
      add(docs, Workloads.serviceAccount("calico-cni-plugin"));
    }
    if (c.v3Crds) {
      add(docs, Workloads.serviceAccount("calico-webhooks"));
    }
    if (c.etcd()) {
      docs.add(Workloads.etcdSecret(c));
    }
    add(docs, ConfigMapPart.build(c));
    if (c.includeCrds && !c.etcd()) {
      docs.addAll(join(crds));
    }
    add(docs, Rbac.kubeControllers(c));
    add(docs, Rbac.node(c));
    if (Rbac.hasCniPlugin(c)) {
      add(docs, Rbac.cniPlugin(c));
    }
    if (c.v3Crds) {
      add(docs, Webhooks.role());
    }
    if (c.canal()) {
      add(docs, Rbac.flannel());
      if (c.etcd()) {
        add(docs, Rbac.canal());
      }
    }
    if (Rbac.hasTierGetter(c)) {
      add(docs, Rbac.tierGetter());
    }
    add(docs, Rbac.binding("calico-kube-controllers", "calico-kube-controllers", "calico-kube-controllers"));
    if (c.canal()) {
      // canal's agent runs calico-node and flannel under one service account: two bindings.
      // Both name the service account "canal", also with etcd where the agent runs as canal-node: the
      // chart's templates do so (canal-node gets its own rights through the canal binding below).
      add(docs, Rbac.binding("canal-flannel", "flannel", "canal"));
      add(docs, Rbac.binding("canal-calico", "calico-node", "canal"));
    } else {
      add(docs, Rbac.binding(c.nodeName(), "calico-node", c.nodeName()));
    }
    if (Rbac.hasCniPlugin(c)) {
      add(docs, Rbac.binding("calico-cni-plugin", "calico-cni-plugin", "calico-cni-plugin"));
    }
    if (c.v3Crds) {
      add(docs, Rbac.binding("calico-webhooks", "calico-webhooks", "calico-webhooks"));
    }
    if (c.canal() && c.etcd()) {
      add(docs, Rbac.binding("canal", "canal", c.nodeName()));
    }
    if (Rbac.hasTierGetter(c)) {
      add(docs, Rbac.tierGetterBinding());
    }
    if (c.typha) {
      add(docs, Typha.service());
    }
    if (c.v3Crds) {
      add(docs, Webhooks.service());
    }
    add(docs, NodeDaemonSet.build(c));
    add(docs, KubeControllers.build(c));
    if (c.typha) {
      add(docs, Typha.deployment(c));
    }
    if (c.canal() && c.etcd()) {
      add(docs, Flannel.configureJob(c));
    }
    if (c.v3Crds) {
      add(docs, Webhooks.deployment(c));
      add(docs, Webhooks.policyTypes());
      add(docs, Webhooks.tierLabel());
      add(docs, Webhooks.policyTypesBinding());
      add(docs, Webhooks.tierLabelBinding());
      add(docs, Webhooks.protectTiers());
      add(docs, Webhooks.protectTiersBinding());
      add(docs, Webhooks.validating());
    }
  }

  /** v3.21's order: config, CRDs, then each component with its RBAC. */
  private static void v321(Config c, List<Object> docs, CompletableFuture<List<ManifestDocument>> crds) {
    add(docs, ConfigMapPart.build(c));
    docs.addAll(join(crds));
    add(docs, Rbac.kubeControllers(c));
    add(docs, Rbac.binding("calico-kube-controllers", "calico-kube-controllers", "calico-kube-controllers"));
    add(docs, Rbac.node(c));
    add(docs, Rbac.binding("calico-node", "calico-node", "calico-node"));
    add(docs, NodeDaemonSet.build(c));
    add(docs, Workloads.serviceAccount("calico-node"));
    add(docs, KubeControllers.build(c));
    add(docs, Workloads.serviceAccount("calico-kube-controllers"));
    add(docs, Workloads.disruptionBudgetV1beta1("calico-kube-controllers"));
  }

  /** The CRD documents, rethrowing what went wrong while generating them. */
  private static List<ManifestDocument> join(CompletableFuture<List<ManifestDocument>> crds) {
    try {
      return crds.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
    }
  }

  private static void add(List<Object> docs, Object resource) {
    docs.add(resource);
  }

  private static Manifest manifest(List<Object> docs) {
    return Manifest.of(docs);
  }
}
