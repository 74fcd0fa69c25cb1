package dev.calicokit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The truth tables of Kubernetes' own network-policy end-to-end tests (kubernetes/kubernetes
 * {@code test/e2e/network/netpol/network_policy.go}), ported as our own cases: the same topology
 * (namespaces x, y, z; pods a, b, c labelled {@code pod=<name>}, serving TCP 80 and 81 on the named ports
 * {@code serve-80-tcp} and {@code serve-81-tcp}), the same policies, and the expected matrix of who
 * reaches whom, checked pair by pair against the evaluator. As upstream, a pod to itself is not judged.
 */
class KubernetesNetpolE2eTest {
  private static final List<String> PODS = List.of("x/a", "x/b", "x/c", "y/a", "y/b", "y/c", "z/a", "z/b", "z/c");

  private static String topology() {
    StringBuilder sb = new StringBuilder();
    for (String ns : List.of("x", "y", "z")) {
      sb.append("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: '").append(ns).append("'\n---\n"); // y unquoted is a boolean to Kubernetes
    }
    for (String p : PODS) {
      String[] nsName = p.split("/");
      sb.append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").append(nsName[1]).append("\n  namespace: '")
          .append(nsName[0]).append("'\nspec:\n  template:\n    metadata:\n      labels:\n        pod: ").append(nsName[1])
          .append("\n    spec:\n      containers:\n      - name: c\n        ports:\n")
          .append("        - {name: serve-80-tcp, containerPort: 80}\n        - {name: serve-81-tcp, containerPort: 81}\n")
          .append("---\n");
    }
    return sb.toString();
  }

  private static String policy(String ns, String name, String spec) {
    return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: " + name + "\n  namespace: '" + ns
        + "'\nspec:\n" + spec;
  }

  /** Checks every ordered pair of distinct pods on the connection against the expectation. */
  private static void expect(Connection c, BiPredicate<String, String> reachable, String... policies) {
    Cluster cluster = Cluster.of(Manifest.read(topology() + String.join("\n---\n", policies)));
    List<String> wrong = new ArrayList<>();
    for (String from : PODS) {
      for (String to : PODS) {
        if (from.equals(to)) {
          continue;
        }
        Verdict v = cluster.evaluate(Endpoint.parse(from), Endpoint.parse(to), c);
        if (v.allowed() != reachable.test(from, to)) {
          wrong.add(from + " -> " + to + ": expected " + reachable.test(from, to) + ", " + v);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static boolean in(String pod, String ns) {
    return pod.startsWith(ns + "/");
  }

  @Test
  void defaultDenyIngress() {
    expect(Connection.tcp(80), (f, t) -> !in(t, "x"), policy("x", "deny-ingress", "  podSelector: {}\n  policyTypes: [Ingress]\n"));
  }

  @Test
  void defaultDenyAll() {
    expect(Connection.tcp(80), (f, t) -> !in(t, "x") && !in(f, "x"),
        policy("x", "deny-all", "  podSelector: {}\n  policyTypes: [Ingress, Egress]\n"));
  }

  @Test
  void allowFromPodsOfTheServerNamespaceByPodSelector() {
    expect(Connection.tcp(80), (f, t) -> !t.equals("x/a") || f.equals("x/b"), policy("x", "x-a-allows-x-b",
        "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n  - from:\n    - podSelector:\n        matchLabels: {pod: b}\n"));
  }

  @Test
  void allowIngressForOneTargetUnderADefaultDeny() {
    expect(Connection.tcp(80), (f, t) -> !in(t, "x") || t.equals("x/a"),
        policy("x", "deny-all", "  podSelector: {}\n  policyTypes: [Ingress]\n"),
        policy("x", "allow-all-to-a", "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n  - from:\n"
            + "    - podSelector: {}\n      namespaceSelector: {}\n"));
  }

  @Test
  void allowIngressFromPodsInAllNamespaces() {
    expect(Connection.tcp(80), (f, t) -> true, policy("x", "allow-from-another-ns",
        "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n  - from:\n    - namespaceSelector: {}\n"));
  }

  @Test
  void allowOnlyFromADifferentNamespaceByNamespaceSelector() {
    expect(Connection.tcp(80), (f, t) -> !t.equals("x/a") || in(f, "y"), policy("x", "allow-client-a-via-ns-selector",
        "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n  - from:\n    - namespaceSelector:\n"
            + "        matchLabels: {kubernetes.io/metadata.name: 'y'}\n"));
  }

  @Test
  void podSelectorWithMatchExpressions() {
    expect(Connection.tcp(80), (f, t) -> !t.equals("x/a") || f.equals("x/b"), policy("x", "x-a-allows-x-b",
        "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n  - from:\n    - podSelector:\n"
            + "        matchExpressions:\n        - {key: pod, operator: In, values: [b]}\n"));
  }

  @Test
  void namespaceSelectorWithMatchExpressions() {
    expect(Connection.tcp(80), (f, t) -> !t.equals("x/a") || in(f, "y"), policy("x", "allow-ns-y-match-selector",
        "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n  - from:\n    - namespaceSelector:\n"
            + "        matchExpressions:\n        - {key: kubernetes.io/metadata.name, operator: In, values: ['y']}\n"));
  }

  @Test
  void podSelectorOrNamespaceSelector() {
    expect(Connection.tcp(80), (f, t) -> !t.equals("x/a") || !in(f, "x") || f.equals("x/b"), policy("x", "or",
        "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n  - from:\n    - namespaceSelector:\n"
            + "        matchExpressions:\n        - {key: kubernetes.io/metadata.name, operator: NotIn, values: [x]}\n"
            + "    - podSelector:\n        matchLabels: {pod: b}\n"));
  }

  @Test
  void podSelectorAndNamespaceSelector() {
    expect(Connection.tcp(80), (f, t) -> !t.equals("x/a") || !in(f, "x") && f.endsWith("/b"), policy("x", "and",
        "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n  - from:\n    - namespaceSelector:\n"
            + "        matchExpressions:\n        - {key: kubernetes.io/metadata.name, operator: NotIn, values: [x]}\n"
            + "      podSelector:\n        matchLabels: {pod: b}\n"));
  }

  @Test
  void portsOfAnIngressRule() {
    String p = policy("x", "allow-ingress-on-port-81-ns-y", "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n"
        + "  - from:\n    - namespaceSelector:\n        matchLabels: {kubernetes.io/metadata.name: 'y'}\n"
        + "    ports:\n    - {port: 81, protocol: TCP}\n");
    expect(Connection.tcp(80), (f, t) -> !t.equals("x/a"), p);
    expect(Connection.tcp(81), (f, t) -> !t.equals("x/a") || in(f, "y"), p);
  }

  @Test
  void oneNamedPort() {
    String p = policy("x", "allow-ingress-on-port-80", "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n"
        + "  - ports:\n    - {port: serve-80-tcp}\n");
    expect(Connection.tcp(80), (f, t) -> true, p);
    expect(Connection.tcp(81), (f, t) -> !t.equals("x/a"), p);
  }

  @Test
  void egressToAServerInADifferentNamespaceByPodAndNamespaceSelector() {
    expect(Connection.tcp(80), (f, t) -> !f.equals("x/a") || t.equals("y/a"), policy("x", "allow-to-ns-y-pod-a",
        "  podSelector:\n    matchLabels: {pod: a}\n  policyTypes: [Egress]\n  egress:\n  - to:\n"
            + "    - namespaceSelector:\n        matchLabels: {kubernetes.io/metadata.name: 'y'}\n"
            + "      podSelector:\n        matchLabels: {pod: a}\n"));
  }

  @Test
  void egressAllowAllTakesPrecedenceOverANarrowerEgressPolicy() {
    expect(Connection.tcp(80), (f, t) -> true,
        policy("x", "allow-to-a", "  podSelector:\n    matchLabels: {pod: a}\n  policyTypes: [Egress]\n  egress:\n  - to:\n"
            + "    - podSelector:\n        matchLabels: {pod: a}\n"),
        policy("x", "allow-all", "  podSelector:\n    matchLabels: {pod: a}\n  policyTypes: [Egress]\n  egress:\n  - {}\n"));
  }

  @Test
  void ingressOnAProtocolWithAnyPort() {
    String p = policy("x", "allow-all-tcp", "  podSelector:\n    matchLabels: {pod: a}\n  ingress:\n"
        + "  - ports:\n    - protocol: TCP\n");
    expect(Connection.tcp(81), (f, t) -> true, p);
    expect(Connection.udp(80), (f, t) -> !t.equals("x/a"), p);
  }
}
