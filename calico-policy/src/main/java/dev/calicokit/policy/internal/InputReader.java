package dev.calicokit.policy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.GlobalNetworkPolicySpec;
import dev.calicokit.model.calico.GlobalNetworkSet;
import dev.calicokit.model.calico.HostEndpoint;
import dev.calicokit.model.calico.NetworkPolicy;
import dev.calicokit.model.calico.NetworkPolicySpec;
import dev.calicokit.model.calico.NetworkSet;
import dev.calicokit.model.calico.StagedAction;
import dev.calicokit.model.calico.StagedGlobalNetworkPolicy;
import dev.calicokit.model.calico.StagedGlobalNetworkPolicySpec;
import dev.calicokit.model.calico.StagedKubernetesNetworkPolicy;
import dev.calicokit.model.calico.StagedNetworkPolicy;
import dev.calicokit.model.calico.StagedNetworkPolicySpec;
import dev.calicokit.model.calico.Tier;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.IpAddress;
import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads documents into a {@link PolicyModel}: workloads from Pods and the pod templates of their
 * controllers, namespaces and service accounts as the profiles Calico makes of them, host endpoints,
 * network sets, tiers and every policy kind, converted as Calico converts them.
 */
public final class InputReader {
  private static final List<String> CONTROLLERS = List.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
      "ReplicationController", "Job", "CronJob");
  private static final String METADATA_NAME = "kubernetes.io/metadata.name";

  private final CalicoRelease release;
  private final Map<String, Map<String, String>> namespaces = new TreeMap<>();
  private final Map<String, Map<String, String>> serviceAccounts = new TreeMap<>();
  private final Map<String, WorkloadDraft> workloads = new LinkedHashMap<>();
  private final List<EndpointData> others = new ArrayList<>();
  private final Map<String, TierData> tiers = new TreeMap<>();
  private final List<CompiledPolicy> policies = new ArrayList<>();
  private final Map<String, PolicyModel.ProfileData> profiles = new TreeMap<>();
  private final Map<String, Map<String, String>> profileLabels = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();

  private static final class WorkloadDraft {
    final String kind;
    final String namespace;
    final String name;
    final Map<String, String> labels;
    final String serviceAccount;
    final List<NetAddr> ips = new ArrayList<>();
    final List<NamedPort> ports;

    WorkloadDraft(String kind, String namespace, String name, Map<String, String> labels, String serviceAccount,
        List<NamedPort> ports) {
      this.kind = kind;
      this.namespace = namespace;
      this.name = name;
      this.labels = labels;
      this.serviceAccount = serviceAccount;
      this.ports = ports;
    }
  }

  public InputReader(CalicoRelease release) {
    this.release = release;
  }

  /** Adds one document (a List's items one by one). */
  public void add(ManifestDocument doc) {
    JsonNode tree = doc.toTree();
    String kind = tree.path("kind").asText("");
    if (kind.endsWith("List") && tree.has("items")) {
      String itemKind = kind.substring(0, kind.length() - "List".length());
      for (JsonNode item : tree.path("items")) {
        ObjectNode copy = item.deepCopy();
        if (!copy.has("kind") && !itemKind.isEmpty()) {
          copy.put("kind", itemKind);
        }
        if (!copy.has("apiVersion")) {
          copy.put("apiVersion", tree.path("apiVersion").asText("v1"));
        }
        add(ManifestDocument.of(copy));
      }
      return;
    }
    String apiVersion = tree.path("apiVersion").asText("");
    JsonNode meta = tree.path("metadata");
    String name = meta.path("name").asText("");
    String namespace = meta.path("namespace").asText("default");
    if (namespace.isEmpty()) {
      namespace = "default";
    }
    boolean calico = apiVersion.startsWith("projectcalico.org/") || apiVersion.startsWith("crd.projectcalico.org/");
    switch (kind) {
      case "Namespace":
        namespaces.put(name, labels(meta));
        return;
      case "ServiceAccount":
        serviceAccounts.put(namespace + "/" + name, labels(meta));
        return;
      case "Pod":
        addPod(tree, namespace, name);
        return;
      case "NetworkPolicy":
        if (calico) {
          NetworkPolicy p = doc.as(NetworkPolicy.class).orElseThrow();
          NetworkPolicySpec s = p.spec();
          policies.add(PolicyCompiler.compile(new PolicyCompiler.Source("NetworkPolicy", namespace, name, s.tier(),
              s.order(), s.selector(), Optional.empty(), s.serviceAccountSelector(), s.types(), s.ingress(), s.egress(),
              false, false, false, null)));
        } else {
          policies.add(PolicyCompiler.compile(KubernetesPolicies.networkPolicy("KubernetesNetworkPolicy", namespace, name,
              tree.path("spec"), false, false)));
        }
        return;
      case "GlobalNetworkPolicy": {
        GlobalNetworkPolicySpec s = doc.as(GlobalNetworkPolicy.class).orElseThrow().spec();
        policies.add(global("GlobalNetworkPolicy", name, s.tier(), s.order(), s, false, false,
            s.doNotTrack().orElse(false), s.preDNAT().orElse(false)));
        return;
      }
      case "StagedNetworkPolicy": {
        StagedNetworkPolicySpec s = doc.as(StagedNetworkPolicy.class).orElseThrow().spec();
        policies.add(PolicyCompiler.compile(new PolicyCompiler.Source("StagedNetworkPolicy", namespace, name, s.tier(),
            s.order(), s.selector(), Optional.empty(), s.serviceAccountSelector(), s.types(), s.ingress(), s.egress(),
            true, s.stagedAction().map(StagedAction.DELETE::equals).orElse(false), false, null)));
        return;
      }
      case "StagedGlobalNetworkPolicy": {
        StagedGlobalNetworkPolicySpec s = doc.as(StagedGlobalNetworkPolicy.class).orElseThrow().spec();
        policies.add(PolicyCompiler.compile(new PolicyCompiler.Source("StagedGlobalNetworkPolicy", null, name, s.tier(),
            s.order(), s.selector(), s.namespaceSelector(), s.serviceAccountSelector(), s.types(), s.ingress(),
            s.egress(), true, s.stagedAction().map(StagedAction.DELETE::equals).orElse(false), false, null)));
        return;
      }
      case "StagedKubernetesNetworkPolicy": {
        boolean delete = doc.as(StagedKubernetesNetworkPolicy.class).orElseThrow().spec().stagedAction()
            .map(StagedAction.DELETE::equals).orElse(false);
        policies.add(PolicyCompiler.compile(KubernetesPolicies.networkPolicy("StagedKubernetesNetworkPolicy", namespace,
            name, tree.path("spec"), true, delete)));
        return;
      }
      case "AdminNetworkPolicy":
        if (enforcesAdminPolicies()) {
          policies.add(PolicyCompiler.compile(KubernetesPolicies.adminPolicy(kind, name, tree.path("spec"),
              "adminnetworkpolicy", tree.path("spec").path("priority").asDouble())));
        } else {
          notes.add("AdminNetworkPolicy " + name + " is not enforced by Calico " + release.label()
              + " (v3.29 to v3.31 enforce it; v3.32 has ClusterNetworkPolicy)");
        }
        return;
      case "BaselineAdminNetworkPolicy":
        if (enforcesAdminPolicies()) {
          policies.add(PolicyCompiler.compile(KubernetesPolicies.adminPolicy(kind, name, tree.path("spec"),
              "baselineadminnetworkpolicy", 1000)));
        } else {
          notes.add("BaselineAdminNetworkPolicy " + name + " is not enforced by Calico " + release.label()
              + " (v3.29 to v3.31 enforce it; v3.32 has ClusterNetworkPolicy)");
        }
        return;
      case "ClusterNetworkPolicy":
        if (release.minor().compareTo(Release.V3_32) >= 0) {
          String tier = tree.path("spec").path("tier").asText();
          if (!tier.equals("Admin") && !tier.equals("Baseline")) {
            notes.add("ClusterNetworkPolicy " + name + " is skipped: its tier '" + tier + "' is neither Admin nor Baseline");
            return;
          }
          policies.add(PolicyCompiler.compile(KubernetesPolicies.adminPolicy(kind, name, tree.path("spec"),
              tier.equals("Admin") ? "kube-admin" : "kube-baseline", tree.path("spec").path("priority").asDouble())));
        } else {
          notes.add("ClusterNetworkPolicy " + name + " is not enforced by Calico " + release.label() + " (v3.32 on)");
        }
        return;
      case "Tier": {
        Tier t = doc.as(Tier.class).orElseThrow();
        tiers.put(name, new TierData(name, t.spec().order().map(BigDecimal::doubleValue).orElse(null),
            t.spec().defaultAction().map(a -> a.value().equals("Pass")).orElse(false)));
        return;
      }
      case "Profile":
        addProfile(tree, name);
        return;
      case "HostEndpoint":
        addHostEndpoint(doc.as(HostEndpoint.class).orElseThrow(), name);
        return;
      case "NetworkSet": {
        NetworkSet s = doc.as(NetworkSet.class).orElseThrow();
        Map<String, String> l = new TreeMap<>(s.metadata().labels());
        l.put(PolicyCompiler.NAMESPACE_LABEL, namespace);
        others.add(new EndpointData(-1, "NetworkSet", namespace, name, l, List.of(), prefixes(s.spec().nets()), List.of(),
            List.of()));
        return;
      }
      case "GlobalNetworkSet": {
        GlobalNetworkSet s = doc.as(GlobalNetworkSet.class).orElseThrow();
        others.add(new EndpointData(-1, "GlobalNetworkSet", null, name, new TreeMap<>(s.metadata().labels()), List.of(),
            prefixes(s.spec().nets()), List.of(), List.of()));
        return;
      }
      default:
        if (CONTROLLERS.contains(kind)) {
          JsonNode template = kind.equals("CronJob") ? tree.path("spec").path("jobTemplate").path("spec").path("template")
              : tree.path("spec").path("template");
          if (template.path("spec").path("hostNetwork").asBoolean(false)) {
            notes.add(kind + " " + namespace + "/" + name + " uses the host's network: Calico gives its pods no workload "
                + "endpoint");
            return;
          }
          addWorkload(kind, namespace, name, template.path("metadata"), template.path("spec"));
        }
    }
  }

  private boolean enforcesAdminPolicies() {
    return release.minor().compareTo(Release.V3_29) >= 0 && release.minor().compareTo(Release.V3_32) < 0;
  }

  private CompiledPolicy global(String kind, String name, Optional<String> tier, Optional<BigDecimal> order,
      GlobalNetworkPolicySpec s, boolean staged, boolean delete, boolean doNotTrack, boolean preDnat) {
    String note = doNotTrack ? "doNotTrack: Felix applies it in the raw table before connection tracking"
        : preDnat ? "preDNAT: Felix applies it to host endpoints before DNAT" : null;
    return PolicyCompiler.compile(new PolicyCompiler.Source(kind, null, name, tier, order, s.selector(),
        s.namespaceSelector(), s.serviceAccountSelector(), s.types(), s.ingress(), s.egress(), staged, delete, false, note));
  }

  private void addPod(JsonNode tree, String namespace, String name) {
    JsonNode spec = tree.path("spec");
    if (spec.path("hostNetwork").asBoolean(false)) {
      notes.add("Pod " + namespace + "/" + name + " uses the host's network: Calico gives it no workload endpoint");
      return;
    }
    String kind = "Pod";
    String owner = name;
    for (JsonNode ref : tree.path("metadata").path("ownerReferences")) {
      if (ref.path("controller").asBoolean(false) && !ref.path("name").asText("").isEmpty()) {
        kind = ref.path("kind").asText("Pod");
        owner = ref.path("name").asText();
      }
    }
    WorkloadDraft w = addWorkload(kind, namespace, owner, tree.path("metadata"), spec);
    aliasOwner.put(namespace + "/" + name, key(kind, namespace, owner));
    JsonNode status = tree.path("status");
    for (JsonNode ip : status.path("podIPs")) {
      address(ip.path("ip").asText()).ifPresent(w.ips::add);
    }
    if (status.path("podIPs").size() == 0 && status.hasNonNull("podIP")) {
      address(status.path("podIP").asText()).ifPresent(w.ips::add);
    }
  }

  private final Map<String, String> aliasOwner = new TreeMap<>();

  private static String key(String kind, String namespace, String name) {
    return namespace + "/" + name + "[" + kind + "]";
  }

  private WorkloadDraft addWorkload(String kind, String namespace, String name, JsonNode meta, JsonNode podSpec) {
    String key = key(kind, namespace, name);
    WorkloadDraft existing = workloads.get(key);
    if (existing != null) {
      return existing;
    }
    List<NamedPort> ports = new ArrayList<>();
    for (String containers : List.of("initContainers", "containers")) {
      for (JsonNode c : podSpec.path(containers)) {
        for (JsonNode p : c.path("ports")) {
          if (p.hasNonNull("name")) {
            ports.add(new NamedPort(p.path("name").asText(), Protocols.number(p.path("protocol").asText("TCP")),
                p.path("containerPort").asInt()));
          }
        }
      }
    }
    String sa = podSpec.path("serviceAccountName").asText(podSpec.path("serviceAccount").asText("default"));
    WorkloadDraft w = new WorkloadDraft(kind, namespace, name, labels(meta), sa.isEmpty() ? "default" : sa, ports);
    workloads.put(key, w);
    return w;
  }

  private void addHostEndpoint(HostEndpoint h, String name) {
    List<NetAddr> ips = new ArrayList<>();
    for (IpAddress ip : h.spec().expectedIPs()) {
      ip.addr().ifPresent(ips::add);
    }
    List<NamedPort> ports = new ArrayList<>();
    h.spec().ports().forEach(p -> ports.add(new NamedPort(p.name(), Protocols.number(p.protocol()), p.port().intValue())));
    others.add(new EndpointData(-1, "HostEndpoint", null, name, new TreeMap<>(h.metadata().labels()), ips, List.of(), ports,
        h.spec().profiles()));
  }

  /** A Profile's rules read through the model: as a GlobalNetworkPolicy holding the same rules. */
  private void addProfile(JsonNode tree, String name) {
    Map<String, String> applied = new TreeMap<>();
    tree.path("spec").path("labelsToApply").fields().forEachRemaining(f -> applied.put(f.getKey(), f.getValue().asText()));
    profileLabels.put(name, applied);
    ObjectNode gnp = tree.deepCopy();
    gnp.put("kind", "GlobalNetworkPolicy");
    gnp.put("apiVersion", "projectcalico.org/v3");
    ObjectNode spec = (ObjectNode) gnp.path("spec");
    if (spec.isMissingNode()) {
      profiles.put(name, new PolicyModel.ProfileData(name, List.of(), List.of()));
      return;
    }
    spec.retain("ingress", "egress");
    GlobalNetworkPolicySpec s = ManifestDocument.of(gnp).as(GlobalNetworkPolicy.class).orElseThrow().spec();
    profiles.put(name, new PolicyModel.ProfileData(name, PolicyCompiler.rules(s.ingress(), null),
        PolicyCompiler.rules(s.egress(), null)));
  }

  private static Map<String, String> labels(JsonNode meta) {
    Map<String, String> out = new TreeMap<>();
    meta.path("labels").fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asText()));
    return out;
  }

  private static Optional<NetAddr> address(String text) {
    return IpAddress.lenient(text).addr();
  }

  private static List<NetPrefix> prefixes(List<Cidr> cidrs) {
    List<NetPrefix> out = new ArrayList<>();
    for (Cidr c : cidrs) {
      c.prefix().map(NetPrefix::masked).ifPresent(out::add);
    }
    return out;
  }

  /** The model of everything added. */
  public PolicyModel build() {
    List<EndpointData> endpoints = new ArrayList<>();
    Map<String, Integer> aliases = new TreeMap<>();
    for (WorkloadDraft w : workloads.values()) {
      Map<String, String> nsLabels = namespaceLabels(w.namespace);
      Map<String, String> labels = new TreeMap<>();
      // Profile labels first (conversion.go NamespaceToProfile, ServiceAccountToProfile); the pod's own win.
      nsLabels.forEach((k, v) -> labels.put(PolicyCompiler.NAMESPACE_PREFIX + k, v));
      labels.put(PolicyCompiler.NAMESPACE_PREFIX + "projectcalico.org/name", w.namespace);
      serviceAccounts.getOrDefault(w.namespace + "/" + w.serviceAccount, Map.of())
          .forEach((k, v) -> labels.put(PolicyCompiler.SERVICE_ACCOUNT_PREFIX + k, v));
      labels.put(PolicyCompiler.SERVICE_ACCOUNT_PREFIX + "projectcalico.org/name", w.serviceAccount);
      labels.putAll(w.labels);
      // workload_endpoint_default.go: the labels Calico adds to every pod's endpoint
      labels.put(PolicyCompiler.NAMESPACE_LABEL, w.namespace);
      labels.put("projectcalico.org/orchestrator", "k8s");
      labels.put(PolicyCompiler.SERVICE_ACCOUNT_LABEL, w.serviceAccount);
      int id = endpoints.size();
      endpoints.add(new EndpointData(id, w.kind, w.namespace, w.name, Map.copyOf(labels), List.copyOf(w.ips), List.of(),
          List.copyOf(w.ports), List.of("kns." + w.namespace, "ksa." + w.namespace + "." + w.serviceAccount)));
      aliases.put(key(w.kind, w.namespace, w.name), id);
    }
    aliasOwner.forEach((pod, owner) -> aliases.putIfAbsent(pod + "[Pod]", aliases.get(owner)));
    for (EndpointData o : others) {
      // A host endpoint inherits its profiles' labelsToApply; its own labels win (as Felix merges them).
      Map<String, String> labels = new TreeMap<>();
      o.profiles().forEach(p -> labels.putAll(profileLabels.getOrDefault(p, Map.of())));
      labels.putAll(o.labels());
      endpoints.add(new EndpointData(endpoints.size(), o.kind(), o.namespace(), o.name(), Map.copyOf(labels), o.ips(),
          o.nets(), o.namedPorts(), o.profiles()));
    }
    // The namespace profiles allow everything (NamespaceToProfile: Ingress and Egress [{Action: Allow}]).
    Map<String, PolicyModel.ProfileData> allProfiles = new TreeMap<>(profiles);
    CompiledRule allow = PolicyCompiler.rule(0, dev.calicokit.model.calico.Rule.allow(), null);
    for (EndpointData e : endpoints) {
      for (String p : e.profiles()) {
        if (p.startsWith("kns.")) {
          allProfiles.putIfAbsent(p, new PolicyModel.ProfileData(p, List.of(allow), List.of(allow)));
        } else if (p.startsWith("ksa.")) {
          allProfiles.putIfAbsent(p, new PolicyModel.ProfileData(p, List.of(), List.of()));
        }
      }
    }
    // Felix's built-in profile for automatic host endpoints.
    allProfiles.putIfAbsent("projectcalico-default-allow",
        new PolicyModel.ProfileData("projectcalico-default-allow", List.of(allow), List.of(allow)));
    return new PolicyModel(release, List.copyOf(endpoints), sortedTiers(), policiesByTier(), Map.copyOf(allProfiles),
        List.copyOf(notes), Map.copyOf(aliases));
  }

  private Map<String, String> namespaceLabels(String ns) {
    Map<String, String> l = new TreeMap<>(namespaces.getOrDefault(ns, Map.of()));
    l.put(METADATA_NAME, ns);
    return l;
  }

  /** The tiers the policies name or the input declares, with Calico's own tiers as the client creates them. */
  private List<TierData> sortedTiers() {
    Map<String, TierData> all = new TreeMap<>();
    boolean newDefaults = release.minor().compareTo(Release.V3_29) >= 0;
    // clientv3/client.go ensureTierExists: default (Deny, 1,000,000 from v3.29, unordered before),
    // adminnetworkpolicy and kube-admin (Pass, 1,000), baselineadminnetworkpolicy and kube-baseline (Pass, 10,000,000)
    all.put("default", new TierData("default", newDefaults ? 1_000_000d : null, false));
    all.put("adminnetworkpolicy", new TierData("adminnetworkpolicy", 1_000d, true));
    all.put("baselineadminnetworkpolicy", new TierData("baselineadminnetworkpolicy", 10_000_000d, true));
    all.put("kube-admin", new TierData("kube-admin", 1_000d, true));
    all.put("kube-baseline", new TierData("kube-baseline", 10_000_000d, true));
    all.putAll(tiers);
    for (CompiledPolicy p : policies) {
      if (!all.containsKey(p.tier())) {
        notes.add(p.id() + " names tier " + p.tier() + ", which the input does not declare: read as order none, "
            + "default action Deny");
        all.put(p.tier(), new TierData(p.tier(), null, false));
      }
    }
    List<TierData> out = new ArrayList<>(all.values());
    out.sort(Comparator.comparing((TierData t) -> t.order() == null).thenComparing(t -> t.order() == null ? 0 : t.order())
        .thenComparing(TierData::name));
    return List.copyOf(out);
  }

  private Map<String, List<CompiledPolicy>> policiesByTier() {
    Map<String, List<CompiledPolicy>> out = new TreeMap<>();
    for (CompiledPolicy p : policies) {
      out.computeIfAbsent(p.tier(), k -> new ArrayList<>()).add(p);
    }
    out.replaceAll((k, v) -> {
      List<CompiledPolicy> sorted = new ArrayList<>(v);
      sorted.sort(Comparator.comparingDouble(CompiledPolicy::order).thenComparing(CompiledPolicy::sortKey));
      return List.copyOf(sorted);
    });
    return Map.copyOf(out);
  }
}
