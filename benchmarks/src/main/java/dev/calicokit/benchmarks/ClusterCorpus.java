package dev.calicokit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic cluster for the connectivity benchmark: workloads spread over namespaces of ten, and
 * policies of every common shape (Kubernetes NetworkPolicies by pod and namespace selector with ports and
 * ranges, Calico NetworkPolicies in a tier with Pass and Deny and nets, GlobalNetworkPolicies by
 * namespace selector). Deterministic for a given size. Run as a program it writes the YAML to a file, for
 * the whole-process figure of {@code calico connectivity}.
 */
public final class ClusterCorpus {
  private ClusterCorpus() {}

  /** The cluster as multi-document YAML. */
  public static String yaml(int workloads, int policies) {
    int namespaces = Math.max(1, workloads / 10);
    StringBuilder sb = new StringBuilder();
    sb.append("apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: security\nspec:\n  order: 100\n---\n");
    for (int n = 0; n < namespaces; n++) {
      sb.append("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-").append(n).append("\n  labels:\n    team: team-")
          .append(n % 5).append("\n---\n");
    }
    for (int i = 0; i < workloads; i++) {
      sb.append("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: w-").append(i).append("\n  namespace: ns-")
          .append(i % namespaces).append("\nspec:\n  template:\n    metadata:\n      labels:\n        app: app-")
          .append(i % 50).append("\n        role: ").append(new String[] {"front", "back", "data"}[i % 3])
          .append("\n    spec:\n      containers:\n      - name: c\n        ports:\n        - {name: http, containerPort: ")
          .append(8000 + i % 20).append("}\n---\n");
    }
    for (int j = 0; j < policies; j++) {
      int ns = j % namespaces;
      switch (j % 10) {
        case 0:
          sb.append("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: g-").append(j)
              .append("\nspec:\n  order: ").append(j % 7 * 100).append("\n  namespaceSelector: team == 'team-").append(j % 5)
              .append("'\n  selector: app == 'app-").append(j % 50).append("'\n  types: [Egress]\n  egress:\n")
              .append("  - action: Allow\n    protocol: UDP\n    destination:\n      ports: [53]\n")
              .append("  - action: Allow\n    destination:\n      nets: [10.").append(j % 4).append(".0.0/16]\n");
          break;
        case 1:
        case 2:
          sb.append("apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  name: security.c-").append(j)
              .append("\n  namespace: ns-").append(ns).append("\nspec:\n  tier: security\n  order: ").append(j % 5)
              .append("\n  selector: app == 'app-").append(j % 50).append("'\n  ingress:\n")
              .append("  - action: Deny\n    source:\n      selector: role == 'data'\n")
              .append("  - action: Pass\n");
          break;
        default:
          sb.append("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: k-").append(j)
              .append("\n  namespace: ns-").append(ns).append("\nspec:\n  podSelector:\n    matchLabels:\n      app: app-")
              .append(j % 50).append("\n  ingress:\n  - from:\n    - podSelector:\n        matchLabels:\n          role: ")
              .append(j % 2 == 0 ? "front" : "back").append("\n    - namespaceSelector:\n        matchLabels:\n")
              .append("          team: team-").append(j % 5).append("\n      podSelector:\n        matchLabels:\n")
              .append("          role: front\n    ports:\n    - port: http\n    - port: ").append(9000 + j % 100)
              .append("\n      endPort: ").append(9010 + j % 100).append("\n");
      }
      sb.append("---\n");
    }
    return sb.toString();
  }

  /** Writes {@code yaml(workloads, policies)} to a file: {@code ClusterCorpus WORKLOADS POLICIES FILE}. */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[2]), yaml(Integer.parseInt(args[0]), Integer.parseInt(args[1])));
  }
}
