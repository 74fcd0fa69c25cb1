package dev.calicokit.policy;

import static dev.calicokit.policy.Yaml.cluster;
import static dev.calicokit.policy.Yaml.deployment;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The listing in np-guard's form, in its four formats. */
class ConnectivityReportTest {
  private static final String KNP = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: b\n"
      + "  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: b\n  policyTypes: [Ingress, Egress]\n"
      + "  ingress:\n  - from:\n    - podSelector:\n        matchLabels:\n          app: a\n    ports:\n    - port: http\n"
      + "    - port: 53\n      endPort: 60\n      protocol: UDP\n  egress:\n  - to:\n    - ipBlock:\n        cidr: 10.0.0.0/8\n";

  private static final Cluster CLUSTER = cluster(deployment("shop", "a", "app=a"),
      deployment("shop", "b", "app=b", "port:http:8080"), KNP);

  @Test
  void textIsOneLinePerPairSortedWithMergedPortsAndRanges() {
    // Outside addresses are cut at every network a policy names, as np-guard cuts them, and not merged again.
    assertThat(CLUSTER.connectivity().toText()).isEqualTo(""
        + "0.0.0.0-9.255.255.255 => shop/a[Deployment] : All Connections\n"
        + "10.0.0.0-10.255.255.255 => shop/a[Deployment] : All Connections\n"
        + "11.0.0.0-255.255.255.255 => shop/a[Deployment] : All Connections\n"
        + "shop/a[Deployment] => 0.0.0.0-9.255.255.255 : All Connections\n"
        + "shop/a[Deployment] => 10.0.0.0-10.255.255.255 : All Connections\n"
        + "shop/a[Deployment] => 11.0.0.0-255.255.255.255 : All Connections\n"
        + "shop/a[Deployment] => shop/b[Deployment] : TCP 8080,UDP 53-60\n"
        + "shop/b[Deployment] => 10.0.0.0-10.255.255.255 : All Connections\n");
  }

  @Test
  void jsonHasTheKeysSrcDstConn() {
    assertThat(CLUSTER.connectivity().toJson()).startsWith("[\n  {\n    \"src\": \"0.0.0.0-9.255.255.255\",\n"
        + "    \"dst\": \"shop/a[Deployment]\",\n    \"conn\": \"All Connections\"\n  },\n");
  }

  @Test
  void markdownAndDot() {
    ConnectivityReport r = CLUSTER.connectivity();
    assertThat(r.format(ConnectivityReport.Format.MD)).startsWith("| src | dst | conn |\n|-----|-----|------|\n"
        + "| 0.0.0.0-9.255.255.255 | shop/a[Deployment] | All Connections |\n");
    assertThat(r.toDot()).startsWith("digraph {\n\tsubgraph \"cluster_shop\" {\n"
        + "\t\t\"shop/a[Deployment]\" [label=\"a[Deployment]\" color=\"blue\" fontcolor=\"blue\"]\n")
        .contains("\t\"shop/a[Deployment]\" -> \"shop/b[Deployment]\" [label=\"TCP 8080,UDP 53-60\" color=\"gold2\" "
            + "fontcolor=\"darkgreen\"]\n")
        .endsWith("}\n");
  }

  @Test
  void allProtocolsAddsIcmp() {
    assertThat(CLUSTER.connectivity(true).lines()).anyMatch(l -> l.source().equals("shop/a[Deployment]")
        && l.destination().equals("shop/b[Deployment]") && l.connections().equals("TCP 8080,UDP 53-60"));
    assertThat(cluster(deployment("shop", "a"), deployment("shop", "b")).connectivity(true).toText())
        .contains("shop/a[Deployment] => shop/b[Deployment] : All Connections");
  }
}
