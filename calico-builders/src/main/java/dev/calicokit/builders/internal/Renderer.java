package dev.calicokit.builders.internal;

import dev.calicokit.builders.ManifestOptions;
import dev.calicokit.builders.Preset;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.Release;
import java.util.ArrayList;
import java.util.List;

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
    List<Object> docs = new ArrayList<>();
    if (c.preset == Preset.CRDS) {
      docs.addAll(Crds.build(c));
    } else if (c.v.release() == Release.V3_21) {
      v321(c, docs);
    } else {
      current(c, docs);
    }
    return manifest(docs);
  }

  private static void current(Config c, List<Object> docs) {
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
      docs.addAll(Crds.build(c));
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
  private static void v321(Config c, List<Object> docs) {
    add(docs, ConfigMapPart.build(c));
    docs.addAll(Crds.build(c));
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

  private static void add(List<Object> docs, Object resource) {
    docs.add(resource);
  }

  private static Manifest manifest(List<Object> docs) {
    return Manifest.of(docs);
  }
}
