package dev.calicokit.builders.internal;

import dev.calicokit.builders.Options;

import static dev.calicokit.builders.internal.K8s.core;
import static dev.calicokit.builders.internal.K8s.group;
import static dev.calicokit.builders.internal.K8s.list;
import static dev.calicokit.builders.internal.K8s.named;
import static dev.calicokit.builders.internal.K8s.rule;
import static dev.calicokit.builders.internal.K8s.strings;
import static dev.calicokit.builders.internal.K8s.when;
import static dev.calicokit.model.schema.Release.V3_24;
import static dev.calicokit.model.schema.Release.V3_26;
import static dev.calicokit.model.schema.Release.V3_28;
import static dev.calicokit.model.schema.Release.V3_29;
import static dev.calicokit.model.schema.Release.V3_30;
import static dev.calicokit.model.schema.Release.V3_31;
import static dev.calicokit.model.schema.Release.V3_32;

import dev.calicokit.builders.Ipam;
import dev.calicokit.model.schema.Release;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import java.util.List;

/**
 * The cluster roles of Calico's components and their bindings. Rules grow with the releases: each
 * resource or rule that appeared later carries the release it appeared in.
 */
final class Rbac {
  private Rbac() {}

  /**
   * The API groups of Calico's resources in a rule: crd.projectcalico.org, and from v3.32 (where the
   * v3 API can be served from CRDs) projectcalico.org too.
   */
  static List<String> calico(Config c) {
    return c.version.atLeast(V3_32) ? List.of("projectcalico.org", "crd.projectcalico.org") : List.of("crd.projectcalico.org");
  }

  static ClusterRole role(String name, List<PolicyRule> rules) {
    return new ClusterRoleBuilder().withMetadata(K8s.meta(name)).withRules(rules).build();
  }

  static ClusterRoleBinding binding(String name, String role, String serviceAccount) {
    return new ClusterRoleBindingBuilder().withMetadata(K8s.meta(name))
        .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", role)
        .withSubjects(new SubjectBuilder().withKind("ServiceAccount").withName(serviceAccount)
            .withNamespace(K8s.NAMESPACE).build())
        .build();
  }

  /** kube-controllers: IPAM garbage collection, node and host endpoint sync, its own configuration. */
  static ClusterRole kubeControllers(Config c) {
    boolean v32 = c.version.atLeast(V3_32);
    if (c.etcd()) {
      // With etcd, kube-controllers mirrors Kubernetes policy, namespaces and service accounts into etcd.
      return role("calico-kube-controllers", list(
          rule(core(), strings("pods", "nodes", "namespaces", "serviceaccounts"), "watch", "list", "get"),
          // The load balancer controller reached the etcd role in v3.30.3.
          when(c.version.atLeast(V3_30, 3), rule(core(), strings("services", "services/status"), "get", "list", "update", "watch")),
          rule(group("networking.k8s.io"), strings("networkpolicies"), "watch", "list"),
          when(v32, rule(calico(c), strings("networkpolicies", "stagednetworkpolicies", "globalnetworkpolicies",
              "stagedglobalnetworkpolicies"), "watch", "list", "get", "create", "update", "delete")),
          when(v32, rule(group("apps"), strings("daemonsets", "deployments"), "get", "list", "watch"))));
    }
    return role("calico-kube-controllers", list(
        rule(core(), strings("nodes"), "watch", "list", "get"),
        rule(core(), strings("pods"), "get", "list", "watch"),
        when(c.version.atLeast(V3_31), rule(core(), strings("namespaces"), "get", "list", "watch")),
        // The load balancer controller (v3.30) assigns service addresses.
        when(c.version.atLeast(V3_30), rule(core(), strings("services", "services/status"), "get", "list", "update", "watch")),
        // v3.21 listed pools and reservations in one rule; v3.24 moved pools to a list-and-watch rule.
        c.version.atLeast(V3_24) ? rule(calico(c), strings("ipreservations"), "list")
            : rule(calico(c), strings("ippools", "ipreservations"), "list"),
        rule(calico(c), strings("blockaffinities", "ipamblocks", "ipamhandles",
            when(v32, "ipamconfigurations"), when(c.version.atLeast(V3_30), "ipamconfigs"), when(c.version.atLeast(V3_29), "tiers")),
            "get", "list", "create", "update", "delete", "watch"),
        when(c.version.atLeast(V3_24), rule(calico(c), strings("ippools"), "list", "watch")),
        c.version.atLeast(V3_30)
            ? rule(calico(c), strings("hostendpoints"), "get", "list", "create", "update", "delete", "watch")
            : rule(calico(c), strings("hostendpoints"), "get", "list", "create", "update", "delete"),
        c.version.atLeast(V3_24)
            ? rule(calico(c), strings("clusterinformations"), "get", "list", "create", "update", "watch")
            : rule(calico(c), strings("clusterinformations"), "get", "create", "update"),
        kubeControllersListsItsConfig(c)
            ? rule(calico(c), strings("kubecontrollersconfigurations"), "get", "list", "create", "update", "watch")
            : rule(calico(c), strings("kubecontrollersconfigurations"), "get", "create", "update", "watch"),
        when(v32, rule(calico(c), strings("kubecontrollersconfigurations/status"), "get", "update")),
        when(v32, rule(calico(c), strings("networkpolicies", "stagednetworkpolicies", "globalnetworkpolicies",
            "stagedglobalnetworkpolicies"), "watch", "list", "get", "create", "update", "delete")),
        when(v32, rule(group("apps"), strings("daemonsets", "deployments"), "get", "list", "watch")),
        // v3.32: kube-controllers migrates data from crd.projectcalico.org to projectcalico.org CRDs.
        when(v32, rule(group("migration.projectcalico.org"), strings("datastoremigrations", "datastoremigrations/status"),
            "get", "list", "watch", "create", "update", "patch")),
        when(v32, rule(group("apiextensions.k8s.io"), strings("customresourcedefinitions"), "get", "list", "watch", "delete")),
        when(v32, rule(group("apiregistration.k8s.io"), strings("apiservices"), "get", "list", "watch", "create", "delete")),
        when(v32, rule(group("projectcalico.org"), strings("*"), "get", "list", "watch", "create", "update", "patch", "delete")),
        when(v32, rule(group("crd.projectcalico.org"), strings("*"), "get", "list", "watch")),
        when(kubeVirt(c), rule(group("kubevirt.io"), strings("virtualmachines", "virtualmachineinstances"), "get", "list", "watch"))));
  }

  /** kube-controllers lists its configuration from v3.28.3, and in v3.29 from v3.29.2. */
  private static boolean kubeControllersListsItsConfig(Config c) {
    return c.version.atLeast(V3_28, 3) && !c.version.within(V3_29, 0, 1);
  }

  /** KubeVirt VM addresses (v3.32.1 on): kube-controllers and the CNI plugin read the VMs. */
  private static boolean kubeVirt(Config c) {
    return c.version.atLeast(V3_32, 1);
  }

  /** calico-node (and canal): policy and routing state, IPAM when Calico IPAM is used. */
  static ClusterRole node(Config c) {
    boolean v32 = c.version.atLeast(V3_32);
    boolean calicoIpam = c.value(Options.IPAM) == Ipam.CALICO_IPAM && !c.canal();
    String tokenFor = c.version.atLeast(V3_26) ? "calico-cni-plugin" : "calico-node";
    // canal's CNI plugin ran as the canal service account; from v3.26 also as calico-cni-plugin.
    List<String> tokenNames = c.canal()
        ? strings("canal", when(c.version.atLeast(V3_26), "calico-cni-plugin")) : strings(tokenFor);
    if (c.etcd()) {
      return role("calico-node", list(
          named(core(), strings("serviceaccounts/token"), tokenNames, "create"),
          rule(core(), strings("pods", "nodes", "namespaces"), "get"),
          rule(group("discovery.k8s.io"), strings("endpointslices"), "watch", "list"),
          rule(core(), strings("endpoints", "services"), "watch", "list"),
          rule(core(), strings("configmaps"), "get"),
          rule(core(), strings("nodes/status"), "patch")));
    }
    return role("calico-node", list(
        // From v3.24 the CNI plugin gets short-lived tokens instead of calico-node's own.
        when(c.version.atLeast(V3_24), named(core(), strings("serviceaccounts/token"), tokenNames, "create")),
        rule(core(), strings("pods", "nodes", "namespaces"), "get"),
        rule(group("discovery.k8s.io"), strings("endpointslices"), "watch", "list"),
        rule(core(), strings("endpoints", "services"), "watch", "list", "get"),
        rule(core(), strings("configmaps"), "get"),
        rule(core(), strings("nodes/status"), "patch", "update"),
        rule(group("networking.k8s.io"), strings("networkpolicies"), "watch", "list"),
        c.version.atLeast(V3_29) ? rule(group("policy.networking.k8s.io"), v32 ? strings("clusternetworkpolicies")
            : strings("adminnetworkpolicies", when(c.version.atLeast(V3_30), "baselineadminnetworkpolicies")), "watch", "list") : null,
        rule(core(), strings("pods", "namespaces", "serviceaccounts"), "list", "watch"),
        rule(core(), strings("pods/status"), "patch"),
        rule(calico(c), watched(c), "get", "list", "watch"),
        // v3.29.1 on: calico-node creates the default tiers itself.
        when(c.version.atLeast(V3_29, 1), rule(calico(c), strings("tiers"), "create")),
        rule(calico(c), strings("ippools", "felixconfigurations", when(v32, "bgpconfigurations"), "clusterinformations"),
            "create", "update"),
        rule(calico(c), strings("caliconodestatuses"), "update"),
        rule(core(), strings("nodes"), "get", "list", "watch"),
        rule(calico(c), strings("bgpconfigurations", "bgppeers"), "create", "update"),
        when(calicoIpam, rule(calico(c), strings("blockaffinities", "ipamblocks", "ipamhandles"),
            "get", "list", "create", "update", "delete")),
        when(calicoIpam, c.version.atLeast(V3_24)
            ? rule(calico(c), strings(when(v32, "ipamconfigurations"), "ipamconfigs"), "get", "create")
            : rule(calico(c), strings("ipamconfigs"), "get")),
        when(calicoIpam, rule(calico(c), strings("blockaffinities"), "watch")),
        when(calicoIpam, rule(group("apps"), strings("daemonsets"), "get")),
        when(v32, rule(group("kubevirt.io"), strings("virtualmachineinstancemigrations"), "get", "list", "watch"))));
  }

  /** The Calico resources calico-node watches for its configuration and policy. */
  private static List<String> watched(Config c) {
    boolean v32 = c.version.atLeast(V3_32);
    boolean staged = c.version.atLeast(V3_30);
    // The legacy global* names exist only in crd.projectcalico.org: the v3 CRDs have none.
    boolean legacy = !c.v3Crds();
    return strings(when(legacy, "globalfelixconfigs"), when(v32 && legacy, "globalbgpconfigs"), "felixconfigurations",
        "bgppeers", when(c.version.atLeast(V3_26), "bgpfilters"), when(!v32, "globalbgpconfigs"), "bgpconfigurations", "ippools",
        "ipreservations", "ipamblocks", "globalnetworkpolicies", when(!staged, "globalnetworksets"),
        when(staged, "stagedglobalnetworkpolicies"), "networkpolicies", when(staged, "stagednetworkpolicies"),
        when(staged, "stagedkubernetesnetworkpolicies"), when(staged, "globalnetworksets"), "networksets", "clusterinformations", "hostendpoints", "blockaffinities",
        "caliconodestatuses", when(c.version.atLeast(V3_29), "tiers"));
  }

  /** The CNI plugin's own identity (v3.26 on): it only needs pods and IPAM. */
  static ClusterRole cniPlugin(Config c) {
    boolean v32 = c.version.atLeast(V3_32);
    boolean calicoIpam = c.value(Options.IPAM) == Ipam.CALICO_IPAM && !c.canal();
    if (c.etcd()) {
      return role("calico-cni-plugin", list(rule(core(), strings("pods", "nodes", "namespaces"), "get")));
    }
    return role("calico-cni-plugin", list(
        rule(core(), strings("pods", "nodes", "namespaces"), "get"),
        rule(core(), strings("pods/status"), "patch"),
        when(calicoIpam, rule(calico(c), strings("blockaffinities", "ipamblocks", "ipamhandles", "clusterinformations",
            "ippools", "ipreservations", when(v32, "ipamconfigurations"), "ipamconfigs"),
            "get", "list", "create", "update", "delete")),
        // KubeVirt live migration keeps a VM's address: only Calico IPAM needs to know the VM.
        when(kubeVirt(c) && calicoIpam, rule(group("kubevirt.io"), strings("virtualmachineinstances", "virtualmachines"), "get"))));
  }

  /** canal: flannel reads pods and nodes and records each node's subnet in its status. */
  static ClusterRole flannel() {
    return role("flannel", list(rule(core(), strings("pods"), "get"), rule(core(), strings("nodes"), "list", "watch"),
        rule(core(), strings("nodes/status"), "patch")));
  }

  /** canal with etcd: what the canal-node agent reads from the Kubernetes API besides etcd. */
  static ClusterRole canal() {
    return role("canal", list(rule(core(), strings("pods", "nodes", "namespaces"), "get"),
        rule(core(), strings("configmaps"), "get")));
  }

  /** v3.29.4 on: the garbage collector in kube-controller-manager must read tiers to delete policies. */
  static ClusterRole tierGetter() {
    return role("calico-tier-getter", list(rule(group("projectcalico.org"), strings("tiers"), "get")));
  }

  static ClusterRoleBinding tierGetterBinding() {
    return new ClusterRoleBindingBuilder().withMetadata(K8s.meta("calico-tier-getter"))
        .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "calico-tier-getter")
        .withSubjects(new SubjectBuilder().withApiGroup("rbac.authorization.k8s.io").withKind("User")
            .withName("system:kube-controller-manager").build())
        .build();
  }

  static boolean hasCniPlugin(Config c) {
    return c.version.atLeast(V3_26);
  }

  static boolean hasTierGetter(Config c) {
    return c.version.atLeast(V3_29, 4);
  }
}
