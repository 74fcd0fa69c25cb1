package dev.calicokit.policy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.calico.Action;
import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.PolicyType;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import dev.calicokit.model.values.Selector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Kubernetes' policy kinds as Calico converts them into its own (libcalico-go
 * {@code lib/backend/k8s/conversion/conversion.go}): NetworkPolicy into a NetworkPolicy of tier
 * {@code default} at order 1000 (K8sNetworkPolicyToCalico), AdminNetworkPolicy and
 * BaselineAdminNetworkPolicy into GlobalNetworkPolicies of the tiers {@code adminnetworkpolicy} (order =
 * priority) and {@code baselineadminnetworkpolicy} (order 1000) in v3.29 to v3.31
 * (K8sAdminNetworkPolicyToCalico), ClusterNetworkPolicy into {@code kube-admin} or
 * {@code kube-baseline} in v3.32 ({@code clusternetworkpolicy.go}). Read from the document's tree.
 */
final class KubernetesPolicies {
  private static final String ORCHESTRATOR_K8S = "projectcalico.org/orchestrator == 'k8s'";

  private KubernetesPolicies() {}

  /** K8sNetworkPolicyToCalico; also for StagedKubernetesNetworkPolicy. */
  static PolicyCompiler.Source networkPolicy(String kind, String namespace, String name, JsonNode spec, boolean staged,
      boolean stagedDelete) {
    List<Rule> ingress = new ArrayList<>();
    for (JsonNode r : spec.path("ingress")) {
      ingress.addAll(networkPolicyRule(r.path("from"), r.path("ports"), true));
    }
    List<Rule> egress = new ArrayList<>();
    for (JsonNode r : spec.path("egress")) {
      egress.addAll(networkPolicyRule(r.path("to"), r.path("ports"), false));
    }
    boolean in = false;
    boolean eg = false;
    for (JsonNode t : spec.path("policyTypes")) {
      in |= t.asText().equals("Ingress");
      eg |= t.asText().equals("Egress");
    }
    List<PolicyType> types = new ArrayList<>();
    if (in || !eg) {
      // "If no types were specified in the policy ... apply to only ingress traffic."
      types.add(PolicyType.INGRESS);
    }
    if (eg) {
      types.add(PolicyType.EGRESS);
    }
    return new PolicyCompiler.Source(kind, namespace, name, Optional.of("default"), Optional.of(BigDecimal.valueOf(1000)),
        Optional.of(Selector.of(labelSelector(spec.get("podSelector"), true))), Optional.empty(), Optional.empty(), types,
        ingress, egress, staged, stagedDelete, true, null);
  }

  /** k8sSelectorToCalico: pod selectors also require the Kubernetes orchestrator label. */
  static String labelSelector(JsonNode s, boolean pod) {
    List<String> terms = new ArrayList<>();
    if (pod) {
      terms.add(ORCHESTRATOR_K8S);
    }
    if (s == null || s.isNull() || s.isMissingNode()) {
      return String.join(" && ", terms);
    }
    if (!pod && s.path("matchLabels").size() == 0 && s.path("matchExpressions").size() == 0) {
      return "all()";
    }
    TreeMap<String, String> labels = new TreeMap<>();
    s.path("matchLabels").fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
    labels.forEach((k, v) -> terms.add(k + " == " + quote(v)));
    for (JsonNode e : s.path("matchExpressions")) {
      String key = e.path("key").asText();
      List<String> values = new ArrayList<>();
      e.path("values").forEach(v -> values.add(quote(v.asText())));
      String set = "{" + String.join(", ", values) + "}";
      switch (e.path("operator").asText()) {
        case "In":
          terms.add(key + " in " + set);
          break;
        case "NotIn":
          terms.add(key + " not in " + set);
          break;
        case "Exists":
          terms.add("has(" + key + ")");
          break;
        case "DoesNotExist":
          terms.add("!has(" + key + ")");
          break;
        default:
          break;
      }
    }
    return String.join(" && ", terms);
  }

  private static String quote(String v) {
    return v.indexOf('\'') >= 0 ? "\"" + v + "\"" : "'" + v + "'";
  }

  /** k8sRuleToCalico: one rule per protocol and peer, each protocol's ports simplified. */
  private static List<Rule> networkPolicyRule(JsonNode peers, JsonNode ports, boolean ingress) {
    // protocol name ("" for none) -> ports (null: every port)
    Map<String, List<Port>> byProtocol = new TreeMap<>();
    if (ports.size() == 0) {
      byProtocol.put("", null);
    }
    for (JsonNode p : ports) {
      String protocol = p.path("protocol").asText("TCP");
      JsonNode port = p.get("port");
      if (port == null || port.isNull()) {
        byProtocol.put(protocol, null);
        continue;
      }
      String text = port.asText() + (p.hasNonNull("endPort") ? ":" + p.get("endPort").asText() : "");
      if (!byProtocol.containsKey(protocol) || byProtocol.get(protocol) != null) {
        byProtocol.computeIfAbsent(protocol, k -> new ArrayList<>()).add(Port.of(text));
      }
    }
    List<JsonNode> peerList = new ArrayList<>();
    peers.forEach(peerList::add);
    if (peerList.isEmpty()) {
      peerList.add(null);
    }
    List<Rule> rules = new ArrayList<>();
    for (Map.Entry<String, List<Port>> e : byProtocol.entrySet()) {
      for (JsonNode peer : peerList) {
        EntityRule.Builder peerSide = EntityRule.builder();
        if (peer != null) {
          if (peer.has("ipBlock")) {
            peerSide.addNet(Cidr.lenient(peer.path("ipBlock").path("cidr").asText()));
            peer.path("ipBlock").path("except").forEach(x -> peerSide.addNotNet(Cidr.lenient(x.asText())));
          } else {
            peerSide.selector(Selector.of(labelSelector(peer.get("podSelector"), true)));
            String ns = labelSelector(peer.get("namespaceSelector"), false);
            if (!ns.isEmpty()) {
              peerSide.namespaceSelector(Selector.of(ns));
            }
          }
        }
        rules.add(rule(Action.ALLOW, e.getKey(), e.getValue(), peerSide, ingress, null));
      }
    }
    return rules;
  }

  private static Rule rule(Action action, String protocol, List<Port> ports, EntityRule.Builder peer, boolean ingress,
      String ruleName) {
    Rule.Builder r = Rule.builder().action(action);
    if (!protocol.isEmpty()) {
      r.protocol(Protocol.of(protocol));
    }
    List<Port> simplified = ports == null ? List.of() : simplify(ports);
    if (ingress) {
      r.source(peer.build()).destination(EntityRule.builder().ports(simplified).build());
    } else {
      r.destination(peer.ports(simplified).build());
    }
    if (ruleName != null && !ruleName.isEmpty()) {
      r.metadata(dev.calicokit.model.calico.RuleMetadata.builder().putAnnotation("name", ruleName).build());
    }
    return r.build();
  }

  /** SimplifyPorts: numeric ports merged into the fewest ranges, named ports passed through. */
  static List<Port> simplify(List<Port> ports) {
    if (ports.size() <= 1) {
      return ports;
    }
    List<Port> out = new ArrayList<>();
    TreeSet<Integer> numbers = new TreeSet<>();
    for (Port p : ports) {
      if (p.isNamed() || p.min().isEmpty()) {
        out.add(p);
      } else {
        for (int i = p.min().get(); i <= p.max().orElse(p.min().get()); i++) {
          numbers.add(i);
        }
      }
    }
    if (numbers.size() <= 1) {
      return ports;
    }
    Iterator<Integer> it = numbers.iterator();
    int first = it.next();
    int last = first;
    while (it.hasNext()) {
      int n = it.next();
      if (n > last + 1) {
        out.add(first == last ? Port.number(first) : Port.range(first, last));
        first = n;
      }
      last = n;
    }
    out.add(first == last ? Port.number(first) : Port.range(first, last));
    return out;
  }

  /**
   * K8sAdminNetworkPolicyToCalico, K8sBaselineAdminNetworkPolicyToCalico and
   * K8sClusterNetworkPolicyToCalico: a GlobalNetworkPolicy whose types are the directions with rules.
   */
  static PolicyCompiler.Source adminPolicy(String kind, String name, JsonNode spec, String tier, double order) {
    boolean cnp = kind.equals("ClusterNetworkPolicy");
    String nsSelector;
    String podSelector;
    JsonNode subject = spec.path("subject");
    if (subject.has("namespaces")) {
      nsSelector = labelSelector(subject.get("namespaces"), false);
      podSelector = labelSelector(null, true);
    } else {
      nsSelector = labelSelector(subject.path("pods").get("namespaceSelector"), false);
      podSelector = labelSelector(subject.path("pods").get("podSelector"), true);
    }
    List<Rule> ingress = new ArrayList<>();
    for (JsonNode r : spec.path("ingress")) {
      ingress.addAll(adminRule(r, r.path("from"), true, cnp));
    }
    List<Rule> egress = new ArrayList<>();
    for (JsonNode r : spec.path("egress")) {
      egress.addAll(adminRule(r, r.path("to"), false, cnp));
    }
    List<PolicyType> types = new ArrayList<>();
    if (!ingress.isEmpty()) {
      types.add(PolicyType.INGRESS);
    }
    if (!egress.isEmpty()) {
      types.add(PolicyType.EGRESS);
    }
    return new PolicyCompiler.Source(kind, null, name, Optional.of(tier), Optional.of(BigDecimal.valueOf(order)),
        Optional.of(Selector.of(podSelector)), Optional.of(Selector.of(nsSelector)), Optional.empty(), types, ingress,
        egress, false, false, true, null);
  }

  private static List<Rule> adminRule(JsonNode r, JsonNode peers, boolean ingress, boolean cnp) {
    String actionText = r.path("action").asText();
    Action action = actionText.equals("Accept") ? Action.ALLOW : Action.of(actionText);
    Map<String, List<Port>> byProtocol = new TreeMap<>();
    JsonNode ports = cnp ? r.path("protocols") : r.path("ports");
    boolean all = ports.size() == 0;
    for (JsonNode p : ports) {
      String protocol = null;
      Port port = null;
      if (cnp) {
        for (String name : List.of("tcp", "udp", "sctp")) {
          if (p.has(name)) {
            protocol = name.toUpperCase(java.util.Locale.ROOT);
            port = cnpPort(p.path(name).path("destinationPort"));
            break;
          }
        }
        if (protocol == null && p.hasNonNull("destinationNamedPort")) {
          protocol = "";
          port = Port.of(p.get("destinationNamedPort").asText());
        }
      } else if (p.has("portNumber")) {
        protocol = p.path("portNumber").path("protocol").asText("TCP");
        port = Port.of(p.path("portNumber").path("port").asLong());
      } else if (p.has("portRange")) {
        protocol = p.path("portRange").path("protocol").asText("TCP");
        port = Port.of(p.path("portRange").path("start").asText() + ":" + p.path("portRange").path("end").asText());
      }
      if (protocol == null && port == null) {
        // unpackANPPorts: a port Calico cannot convert (a named port in v3.29-v3.31) stands for all ports
        all = true;
        break;
      }
      if (port == null) {
        byProtocol.put(protocol, null);
      } else if (!byProtocol.containsKey(protocol) || byProtocol.get(protocol) != null) {
        byProtocol.computeIfAbsent(protocol, k -> new ArrayList<>()).add(port);
      }
    }
    if (all) {
      byProtocol = new LinkedHashMap<>();
      byProtocol.put("", null);
    }
    List<Rule> rules = new ArrayList<>();
    String ruleName = r.path("name").asText("");
    for (Map.Entry<String, List<Port>> e : byProtocol.entrySet()) {
      for (JsonNode peer : peers) {
        EntityRule.Builder side = EntityRule.builder();
        if (peer.has("namespaces")) {
          side.namespaceSelector(Selector.of(labelSelector(peer.get("namespaces"), false)));
        }
        if (peer.has("pods")) {
          side.selector(Selector.of(labelSelector(peer.path("pods").get("podSelector"), true)));
          side.namespaceSelector(Selector.of(labelSelector(peer.path("pods").get("namespaceSelector"), false)));
        }
        if (!ingress) {
          peer.path("networks").forEach(n -> side.addNet(Cidr.lenient(n.asText())));
        }
        rules.add(rule(action, e.getKey(), e.getValue(), side, ingress, ruleName));
      }
    }
    return rules;
  }

  private static Port cnpPort(JsonNode destinationPort) {
    if (destinationPort.has("number")) {
      return Port.of(destinationPort.path("number").asLong());
    }
    if (destinationPort.has("range")) {
      return Port.of(destinationPort.path("range").path("start").asText() + ":"
          + destinationPort.path("range").path("end").asText());
    }
    return null;
  }
}
