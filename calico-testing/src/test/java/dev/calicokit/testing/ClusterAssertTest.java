package dev.calicokit.testing;

import static dev.calicokit.testing.PolicyAssertions.assertThat;
import static dev.calicokit.testing.PolicyAssertions.namespace;
import static dev.calicokit.testing.PolicyAssertions.tcp;
import static dev.calicokit.testing.PolicyAssertions.udp;
import static dev.calicokit.testing.PolicyAssertions.workload;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.policy.Cluster;
import org.junit.jupiter.api.Test;

class ClusterAssertTest {
  private static String deployment(String ns, String name) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\n  namespace: " + ns + "\nspec:\n"
        + "  template:\n    metadata:\n      labels:\n        app: " + name + "\n    spec:\n      containers: []\n";
  }

  private static final String ONLY_FRONTEND = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n"
      + "  name: backend\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: backend\n  ingress:\n"
      + "  - from:\n    - podSelector:\n        matchLabels:\n          app: frontend\n    ports:\n    - port: 8080\n";

  private static final String PAYMENTS_OWN = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n"
      + "  name: own\n  namespace: payments\nspec:\n  podSelector: {}\n  ingress:\n  - from:\n    - podSelector: {}\n";

  private static final Cluster CLUSTER = Cluster.of(Manifest.read(String.join("---\n", deployment("shop", "frontend"),
      deployment("shop", "backend"), deployment("payments", "ledger"), deployment("payments", "api"), ONLY_FRONTEND,
      PAYMENTS_OWN)));

  @Test
  void allowsDeniesAllowsOnlyAndIsolatesPass() {
    assertThat(CLUSTER).allows(workload("shop", "frontend")).to(workload("shop", "backend")).on(tcp(8080))
        .denies(workload("shop", "frontend")).to(workload("shop", "backend")).on(udp(8080))
        .allowsOnly(workload("shop", "frontend")).to(workload("shop", "backend")).on(tcp(8080))
        .isolates(namespace("payments"));
  }

  @Test
  void aFailingAllowsPrintsTheExplanation() {
    assertThatThrownBy(() -> assertThat(CLUSTER).allows(workload("shop", "frontend")).to(workload("payments", "ledger"))
        .on(tcp(5432)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected shop/frontend => payments/ledger on 5432/TCP to be allowed, but it is denied.")
        .hasMessageContaining("KubernetesNetworkPolicy payments/own (order 1000) selects it")
        .hasMessageContaining("Verdict: DENIED");
  }

  @Test
  void aFailingDeniesAllowsOnlyAndIsolatesNameWhatBreaksThem() {
    assertThatThrownBy(() -> assertThat(CLUSTER).denies(workload("shop", "backend")).to(workload("shop", "frontend"))
        .on(tcp(80))).hasMessageContaining("to be denied, but it is allowed").hasMessageContaining("profile kns.shop");
    assertThatThrownBy(() -> assertThat(CLUSTER).allowsOnly(workload("payments", "api"))
        .to(workload("payments", "ledger")).on(tcp(80)))
        .hasMessageContaining("but these are allowed too:\n  payments/api[Deployment] => payments/ledger[Deployment] : "
            + "All Connections");
    assertThatThrownBy(() -> assertThat(CLUSTER).isolates(namespace("shop")))
        .hasMessageContaining("Expected namespace shop to be isolated")
        .hasMessageContaining("0.0.0.0-255.255.255.255 => shop/frontend[Deployment] : All Connections");
  }
}
