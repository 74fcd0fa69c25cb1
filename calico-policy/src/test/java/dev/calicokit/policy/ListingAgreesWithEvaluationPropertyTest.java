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
  private static final String[] NETS = {"10.0.0.0/8", "10.1.0.0/16", "192.168.0.0/24", "10.1.2.3/32"};
  private static final String[] ADDRESSES = {"10.0.0.1", "10.1.0.0", "10.1.2.3", "10.1.2.4", "10.255.255.255",
      "192.168.0.7", "192.168.1.0", "11.0.0.0", "0.0.0.0", "255.255.255.255", "9.9.9.9"};

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

  /**
   * The lines with outside ranges agree too: for each workload and sample address, both directions on a
   * few ports, judged one by one, equal what the range holding the address lists.
   */
  @Property(tries = 40)
  void outsideRangesEqualBruteForce(@ForAll long seed) {
    Random r = new Random(seed);
    String yaml = randomCluster(r);
    Cluster cluster = Cluster.of(Manifest.read(yaml));
    List<ConnectivityReport.Line> lines = cluster.connectivity().lines();
    for (Endpoint w : cluster.workloads()) {
      for (String address : ADDRESSES) {
        Endpoint outside = Endpoint.address(dev.calicokit.model.values.IpAddress.of(address));
        if (yaml.contains("ip: " + address + "\n")) {
          continue; // a workload's own address stands for that workload, not for the outside
        }
        for (String protocol : PROTOCOLS) {
          for (int port : List.of(1, 7, 100, 250, 65535)) {
            Connection c = Connection.of(Protocol.of(protocol), port);
            assertThat(listedAllows(rangeLine(lines, w.toString(), address, true), protocol, port))
                .as("%s => %s %s in %s%n%s", w, address, c, seed, yaml)
                .isEqualTo(cluster.evaluate(w, outside, c).allowed());
            assertThat(listedAllows(rangeLine(lines, w.toString(), address, false), protocol, port))
                .as("%s => %s %s in %s%n%s", address, w, c, seed, yaml)
                .isEqualTo(cluster.evaluate(outside, w, c).allowed());
          }
        }
      }
    }
  }

  /** The connections of the line between the workload and the listed range holding the address, if any. */
  private static String rangeLine(List<ConnectivityReport.Line> lines, String workload, String address, boolean outward) {
    long a = v4(address);
    for (ConnectivityReport.Line l : lines) {
      String w = outward ? l.source() : l.destination();
      String range = outward ? l.destination() : l.source();
      if (!w.equals(workload) || !range.contains("-") || range.contains("[")) {
        continue;
      }
      String[] ends = range.split("-");
      if (v4(ends[0]) <= a && a <= v4(ends[1])) {
        return l.connections();
      }
    }
    return null;
  }

  private static long v4(String ip) {
    long v = 0;
    for (String part : ip.split("\\.")) {
      v = v * 256 + Integer.parseInt(part);
    }
    return v;
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
      if (r.nextInt(3) == 0) {
        docs.add("apiVersion: v1\nkind: Pod\nmetadata:\n  name: w" + i + "\n  namespace: " + pick(r, NAMESPACES)
            + "\n  labels:\n    app: " + pick(r, APPS) + "\nspec:\n  containers:\n  - name: c\n    ports:\n"
            + "    - {name: svc, containerPort: " + (1 + r.nextInt(250)) + ", protocol: " + pick(r, PROTOCOLS) + "}\n"
            + "status:\n  podIPs:\n  - ip: 10.1." + r.nextInt(3) + "." + (1 + i) + "\n");
        continue;
      }
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
        } else if (r.nextBoolean()) {
          (dir.equals("ingress") ? source : destination).append(r.nextInt(3) == 0 ? "      notNets: [" : "      nets: [")
              .append(pick(r, NETS)).append("]\n");
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
