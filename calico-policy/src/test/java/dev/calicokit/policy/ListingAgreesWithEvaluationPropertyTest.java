package dev.calicokit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.values.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The listing agrees with judging single connections one by one: for random workloads, tiers and
 * policies (Calico and Kubernetes, every action, port ranges, named ports, notPorts, protocols, types),
 * each ordered pair's listed connections are exactly the ports that {@link Cluster#evaluate} allows,
 * checked on every port from 1 to 260 (the generated rules name ports up to 250) and on 1000, 30000 and
 * 65535, for TCP, UDP and SCTP.
 */
class ListingAgreesWithEvaluationPropertyTest {
  private static final String[] APPS = {"web", "api", "db"};
  private static final String[] NAMESPACES = {"n1", "n2"};
  private static final String[] PROTOCOLS = {"TCP", "UDP", "SCTP"};
  private static final String[] ACTIONS = {"Allow", "Deny", "Pass", "Log"};

  @Property(tries = 40)
  void listingEqualsBruteForce(@ForAll long seed) {
    Random r = new Random(seed);
    String yaml = randomCluster(r);
    Cluster cluster = Cluster.of(Manifest.read(yaml));
    Map<String, String> listed = new HashMap<>();
    for (ConnectivityReport.Line l : cluster.connectivity().lines()) {
      listed.put(l.source() + " => " + l.destination(), l.connections());
    }
    List<Integer> ports = new ArrayList<>();
    for (int p = 1; p <= 260; p++) {
      ports.add(p);
    }
    ports.addAll(List.of(1000, 30000, 65535));
    for (Endpoint from : cluster.workloads()) {
      for (Endpoint to : cluster.workloads()) {
        if (from.equals(to)) {
          continue;
        }
        String conn = listed.get(from + " => " + to);
        for (String protocol : PROTOCOLS) {
          for (int port : ports) {
            boolean expected = cluster.evaluate(from, to, Connection.of(Protocol.of(protocol), port)).allowed();
            assertThat(listedAllows(conn, protocol, port)).as("%s => %s %d/%s in %s%nlisted: %s%n%s", from, to, port,
                protocol, seed, conn, yaml).isEqualTo(expected);
          }
        }
      }
    }
  }

  /** Whether a listed connection text ({@code All Connections}, {@code TCP 1-5,8,UDP 3}) includes the port. */
  private static boolean listedAllows(String conn, String protocol, int port) {
    if (conn == null) {
      return false;
    }
    if (conn.equals("All Connections")) {
      return true;
    }
    String current = null;
    for (String token : conn.split(",")) {
      String range = token;
      if (Character.isLetter(token.charAt(0))) {
        String[] parts = token.split(" ");
        current = parts[0];
        if (parts.length == 1) {
          continue;
        }
        range = parts[1];
      }
      if (!current.equals(protocol)) {
        continue;
      }
      String[] ends = range.split("-");
      int lo = Integer.parseInt(ends[0]);
      int hi = Integer.parseInt(ends[ends.length - 1]);
      if (port >= lo && port <= hi) {
        return true;
      }
    }
    return false;
  }

  private static String pick(Random r, String[] xs) {
    return xs[r.nextInt(xs.length)];
  }

  private static String randomCluster(Random r) {
    List<String> docs = new ArrayList<>();
    int workloads = 2 + r.nextInt(3);
    for (int i = 0; i < workloads; i++) {
      docs.add("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: w" + i + "\n  namespace: " + pick(r, NAMESPACES)
          + "\nspec:\n  template:\n    metadata:\n      labels:\n        app: " + pick(r, APPS) + "\n    spec:\n"
          + "      containers:\n      - name: c\n        ports:\n        - {name: svc, containerPort: " + (1 + r.nextInt(250))
          + ", protocol: " + pick(r, PROTOCOLS) + "}\n");
    }
    docs.add("apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: t1\nspec:\n  order: 10\n  defaultAction: "
        + (r.nextBoolean() ? "Pass" : "Deny") + "\n");
    int policies = r.nextInt(5);
    for (int i = 0; i < policies; i++) {
      docs.add(r.nextInt(4) == 0 ? kubernetesPolicy(r, i) : calicoPolicy(r, i));
    }
    return String.join("---\n", docs);
  }

  private static String calicoPolicy(Random r, int i) {
    boolean global = r.nextBoolean();
    String tier = r.nextBoolean() ? "t1" : "default";
    StringBuilder sb = new StringBuilder("apiVersion: projectcalico.org/v3\nkind: ")
        .append(global ? "GlobalNetworkPolicy" : "NetworkPolicy").append("\nmetadata:\n  name: ")
        .append(tier.equals("default") ? "" : tier + ".").append("p").append(i).append('\n');
    if (!global) {
      sb.append("  namespace: ").append(pick(r, NAMESPACES)).append('\n');
    }
    sb.append("spec:\n  tier: ").append(tier).append("\n  order: ").append(r.nextInt(3) * 10).append('\n');
    if (r.nextBoolean()) {
      sb.append("  selector: app == '").append(pick(r, APPS)).append("'\n");
    }
    if (r.nextInt(3) == 0) {
      sb.append("  types: [").append(r.nextBoolean() ? "Ingress" : "Ingress, Egress").append("]\n");
    }
    for (String dir : new String[] {"ingress", "egress"}) {
      int rules = r.nextInt(3);
      if (rules == 0) {
        continue;
      }
      sb.append("  ").append(dir).append(":\n");
      for (int k = 0; k < rules; k++) {
        sb.append("  - action: ").append(pick(r, ACTIONS)).append('\n');
        boolean withPorts = r.nextBoolean();
        if (withPorts || r.nextBoolean()) {
          sb.append("    protocol: ").append(pick(r, PROTOCOLS)).append('\n');
        }
        StringBuilder source = new StringBuilder();
        StringBuilder destination = new StringBuilder();
        if (r.nextBoolean()) {
          (dir.equals("ingress") ? source : destination).append("      selector: app == '").append(pick(r, APPS))
              .append("'\n");
        }
        if (withPorts) {
          int a = 1 + r.nextInt(240);
          String ports = r.nextBoolean() ? "[" + a + "]" : r.nextBoolean() ? "['" + a + ":" + (a + r.nextInt(10)) + "']"
              : "[svc]";
          destination.append("      ").append(r.nextInt(4) == 0 ? "notPorts: " : "ports: ").append(ports).append('\n');
        }
        if (source.length() > 0) {
          sb.append("    source:\n").append(source);
        }
        if (destination.length() > 0) {
          sb.append("    destination:\n").append(destination);
        }
      }
    }
    return sb.toString();
  }

  private static String kubernetesPolicy(Random r, int i) {
    StringBuilder sb = new StringBuilder("apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: k")
        .append(i).append("\n  namespace: ").append(pick(r, NAMESPACES)).append("\nspec:\n  podSelector:\n")
        .append("    matchLabels: {app: ").append(pick(r, APPS)).append("}\n  policyTypes: [Ingress]\n  ingress:\n");
    int rules = r.nextInt(3);
    for (int k = 0; k < rules; k++) {
      int a = 1 + r.nextInt(240);
      sb.append("  - from:\n    - podSelector:\n        matchLabels: {app: ").append(pick(r, APPS)).append("}\n")
          .append("      namespaceSelector: {}\n    ports:\n    - {protocol: ").append(pick(r, PROTOCOLS)).append(", port: ")
          .append(r.nextBoolean() ? String.valueOf(a) : "svc").append(r.nextBoolean() ? "" : ", endPort: " + (a + 5))
          .append("}\n");
    }
    if (rules == 0) {
      sb.setLength(sb.length() - "  ingress:\n".length());
    }
    return sb.toString();
  }
}
