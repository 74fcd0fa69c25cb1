package dev.calicokit.policy;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.CalicoRelease;

/** Small builders of test input as YAML text, and clusters from it. */
final class Yaml {
  private Yaml() {}

  static Cluster cluster(String... documents) {
    return Cluster.of(Manifest.read(String.join("\n---\n", documents)));
  }

  static Cluster cluster(CalicoRelease release, String... documents) {
    return Cluster.builder().release(release).add(Manifest.read(String.join("\n---\n", documents))).build();
  }

  static String namespace(String name, String... labels) {
    return "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + name + "\n" + labelBlock("  ", labels);
  }

  /** A Deployment whose pod template has the labels and, optionally, a named TCP port "name:number". */
  static String deployment(String ns, String name, String... labelsAndPorts) {
    StringBuilder labels = new StringBuilder();
    StringBuilder ports = new StringBuilder();
    for (String x : labelsAndPorts) {
      if (x.startsWith("port:")) {
        String[] p = x.substring(5).split(":");
        ports.append("        - name: ").append(p[0]).append("\n          containerPort: ").append(p[1]).append('\n');
        if (p.length > 2) {
          ports.append("          protocol: ").append(p[2]).append('\n');
        }
      } else {
        labels.append(x).append(',');
      }
    }
    String[] ls = labels.length() == 0 ? new String[0] : labels.toString().split(",");
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\n  namespace: " + ns + "\nspec:\n"
        + "  template:\n    metadata:\n" + labelBlock("      ", ls) + "    spec:\n      containers:\n      - name: c\n"
        + (ports.length() == 0 ? "" : "        ports:\n" + ports);
  }

  /** A Pod with an IP. */
  static String pod(String ns, String name, String ip, String... labels) {
    return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\n  namespace: " + ns + "\n" + labelBlock("  ", labels)
        + "spec:\n  containers:\n  - name: c\nstatus:\n  podIPs:\n  - ip: " + ip + "\n";
  }

  private static String labelBlock(String indent, String... labels) {
    if (labels.length == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(indent + "labels:\n");
    for (String l : labels) {
      String[] kv = l.split("=", 2);
      sb.append(indent).append("  ").append(kv[0]).append(": '").append(kv[1]).append("'\n");
    }
    return sb.toString();
  }
}
