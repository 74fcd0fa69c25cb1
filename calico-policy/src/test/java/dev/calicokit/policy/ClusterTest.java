package dev.calicokit.policy;

import static dev.calicokit.policy.Yaml.cluster;
import static dev.calicokit.policy.Yaml.deployment;
import static dev.calicokit.policy.Yaml.namespace;
import static dev.calicokit.policy.Yaml.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.values.IpAddress;
import org.junit.jupiter.api.Test;

/**
 * Hand-written scenarios, one per rule of the evaluator, each naming the line of Felix or libcalico-go
 * (in the v3.32.1 tag of the Calico repository unless another is named) that it follows.
 */
class ClusterTest {
  private static final Endpoint A = Endpoint.workload("shop", "a");
  private static final Endpoint B = Endpoint.workload("shop", "b");

  private static final String TWO = deployment("shop", "a", "app=a") + "\n---\n" + deployment("shop", "b", "app=b",
      "port:http:8080");

  private static String calicoPolicy(String name, String spec) {
    return "apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  name: " + name + "\n  namespace: shop\nspec:\n"
        + spec;
  }

  private static String globalPolicy(String name, String spec) {
    return "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: " + name + "\nspec:\n" + spec;
  }

  private static String tier(String name, int order, String defaultAction) {
    return "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: " + name + "\nspec:\n  order: " + order
        + (defaultAction == null ? "" : "\n  defaultAction: " + defaultAction) + "\n";
  }

  // conversion.go:116 NamespaceToProfile: the namespace profile allows both ways; endpoints.go:740-775 profiles last.
  @Test
  void withNoPolicyTheNamespaceProfileAllows() {
    Verdict v = cluster(TWO).evaluate(A, B, Connection.tcp(80));
    assertThat(v.allowed()).isTrue();
    assertThat(v.egress().reason()).isEqualTo(Decision.Reason.PROFILE);
    assertThat(v.ingress().policy()).contains("kns.shop");
    assertThat(v.explanation()).contains("no policy applies to it in this direction");
  }

  // endpoints.go:690 an endpoint selected by a tier's policies is dropped at the end of the tier.
  @Test
  void aPolicyWithoutRulesDeniesAtTheEndOfItsTier() {
    Verdict v = cluster(TWO, calicoPolicy("deny", "  selector: app == 'b'\n  types: [Ingress]\n"))
        .evaluate(A, B, Connection.tcp(8080));
    assertThat(v.allowed()).isFalse();
    assertThat(v.ingress().reason()).isEqualTo(Decision.Reason.END_OF_TIER);
    assertThat(v.ingress().tier()).contains("default");
    assertThat(v.egress().allows()).isTrue();
  }

  // endpoints.go:657-686: the first rule that matches decides; rules in order.
  @Test
  void theFirstMatchingRuleDecidesAndNamesItself() {
    Cluster c = cluster(TWO, calicoPolicy("p", "  selector: app == 'b'\n  ingress:\n  - action: Deny\n    protocol: UDP\n"
        + "  - action: Allow\n    protocol: TCP\n    destination:\n      ports: [8080]\n  - action: Deny\n"));
    Verdict allowed = c.evaluate(A, B, Connection.tcp(8080));
    assertThat(allowed.ingress().describe()).isEqualTo("Allow by NetworkPolicy shop/p rule 1 (tier default)");
    Verdict denied = c.evaluate(A, B, Connection.tcp(9090));
    assertThat(denied.ingress().ruleIndex()).hasValue(2);
    assertThat(denied.explanation()).contains("rule 1 (Allow) does not match: destination ports [8080] do not include 9090");
    assertThat(c.evaluate(A, B, Connection.udp(53)).ingress().ruleIndex()).hasValue(0);
  }

  // endpoints.go:620-627 and 657: Pass skips the tier's remaining policies; the next tier decides.
  @Test
  void passLeavesTheTierAndTheNextTierDecides() {
    Cluster c = cluster(TWO, tier("security", 100, null),
        "apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  name: security.pass\n  namespace: shop\n"
            + "spec:\n  tier: security\n  order: 1\n  selector: app == 'b'\n  ingress:\n  - action: Pass\n",
        "apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  name: security.deny\n  namespace: shop\n"
            + "spec:\n  tier: security\n  order: 2\n  selector: app == 'b'\n  ingress:\n  - action: Deny\n",
        calicoPolicy("allow", "  selector: app == 'b'\n  ingress:\n  - action: Allow\n"));
    Verdict v = c.evaluate(A, B, Connection.tcp(8080));
    assertThat(v.allowed()).isTrue();
    assertThat(v.ingress().policy()).contains("NetworkPolicy shop/allow");
    assertThat(v.explanation()).contains("Pass: on to the next tier").doesNotContain("security.deny (order 2) selects");
  }

  // endpoints.go:690 "endOfTierDrop && tier.DefaultAction != Pass": a Pass tier lets unmatched traffic on.
  @Test
  void aTierWhoseDefaultActionIsPassPassesWhatNoRuleDecided() {
    Cluster c = cluster(TWO, tier("platform", 100, "Pass"),
        "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: platform.x\nspec:\n  tier: platform\n"
            + "  selector: app == 'b'\n  ingress:\n  - action: Deny\n    protocol: UDP\n");
    Verdict v = c.evaluate(A, B, Connection.tcp(8080));
    assertThat(v.allowed()).isTrue();
    assertThat(v.ingress().reason()).isEqualTo(Decision.Reason.PROFILE);
    assertThat(v.explanation()).contains("its default action Pass");
  }

  // policy_sorter.go:146-161 TierLess: tiers by order, then name; no order last.
  @Test
  void tiersRunInOrderThenName() {
    Cluster c = cluster(TWO, tier("b-tier", 10, null), tier("a-tier", 10, null),
        globalPolicy("a-tier.deny", "  tier: a-tier\n  selector: app == 'b'\n  ingress:\n  - action: Deny\n"),
        globalPolicy("b-tier.allow", "  tier: b-tier\n  selector: app == 'b'\n  ingress:\n  - action: Allow\n"));
    assertThat(c.evaluate(A, B, Connection.tcp(1)).ingress().tier()).contains("a-tier");
  }

  // policy_sorter.go:172-186 (no order is +Inf) and 388-399 PolKVLess (equal orders by name).
  @Test
  void policiesRunByOrderNoneLastThenByName() {
    Cluster c = cluster(TWO,
        calicoPolicy("a-unordered", "  selector: app == 'b'\n  ingress:\n  - action: Deny\n"),
        calicoPolicy("z-ordered", "  order: 500\n  selector: app == 'b'\n  ingress:\n  - action: Allow\n"),
        calicoPolicy("m-ordered", "  order: 500\n  selector: app == 'b'\n  ingress:\n  - action: Log\n"));
    Verdict v = c.evaluate(A, B, Connection.tcp(1));
    assertThat(v.ingress().policy()).contains("NetworkPolicy shop/z-ordered");
    assertThat(v.explanation().indexOf("m-ordered")).isLessThan(v.explanation().indexOf("z-ordered"));
  }

  // endpoints.go:657-686: Log matches and goes on; rule_defs Log does not decide.
  @Test
  void logGoesOnToTheNextRule() {
    Cluster c = cluster(TWO, calicoPolicy("p", "  selector: app == 'b'\n  ingress:\n  - action: Log\n  - action: Deny\n"));
    Verdict v = c.evaluate(A, B, Connection.tcp(1));
    assertThat(v.ingress().ruleIndex()).hasValue(1);
    assertThat(v.explanation()).contains("rule 0 (Log) matches");
  }

  // api/pkg/defaults/networkpolicy.go:61-81 defaultPolicyTypesField: no egress rules means Ingress only.
  @Test
  void absentTypesAreInferredFromTheRules() {
    Cluster ingressOnly = cluster(TWO, calicoPolicy("p", "  selector: app == 'a'\n  ingress:\n  - action: Deny\n"));
    assertThat(ingressOnly.evaluate(A, B, Connection.tcp(1)).allowed()).isTrue();
    Cluster egress = cluster(TWO, calicoPolicy("p", "  selector: app == 'a'\n  egress:\n  - action: Deny\n"));
    Verdict v = egress.evaluate(A, B, Connection.tcp(1));
    assertThat(v.egress().describe()).isEqualTo("Deny by NetworkPolicy shop/p rule 0 (tier default)");
  }

  // policy applies only in the directions its types name (policy_sorter.go:374-386 GovernsIngress/Egress).
  @Test
  void aPolicyAppliesOnlyInTheDirectionsOfItsTypes() {
    Cluster c = cluster(TWO, calicoPolicy("p", "  selector: app == 'b'\n  types: [Egress]\n  ingress:\n  - action: Deny\n"));
    Verdict v = c.evaluate(A, B, Connection.tcp(1));
    assertThat(v.allowed()).isTrue();
    assertThat(v.explanation()).contains("selects it but its types do not include Ingress");
  }

  // networkpolicyprocessor.go:65: a namespaced policy selects only in its namespace.
  @Test
  void aNamespacedPolicySelectsOnlyItsNamespace() {
    Cluster c = cluster(TWO, deployment("other", "b", "app=b"),
        calicoPolicy("deny", "  selector: app == 'b'\n  types: [Ingress]\n"));
    assertThat(c.evaluate(A, Endpoint.workload("other", "b"), Connection.tcp(1)).allowed()).isTrue();
    assertThat(c.evaluate(A, B, Connection.tcp(1)).allowed()).isFalse();
  }

  // rules.go:82 and 120: a rule's selector in a namespaced policy means its own namespace.
  @Test
  void aRuleSelectorInANamespacedPolicyMeansItsOwnNamespace() {
    Cluster c = cluster(TWO, deployment("other", "a", "app=a"),
        calicoPolicy("p", "  selector: app == 'b'\n  ingress:\n  - action: Allow\n    source:\n      selector: app == 'a'\n"));
    assertThat(c.evaluate(A, B, Connection.tcp(1)).allowed()).isTrue();
    assertThat(c.evaluate(Endpoint.workload("other", "a"), B, Connection.tcp(1)).allowed()).isFalse();
  }

  // rules.go:66-73 namespaceSelector with the pcns. prefix (conversion.go:95 NamespaceToProfile labels).
  @Test
  void aRuleNamespaceSelectorMatchesNamespaceLabels() {
    Cluster c = cluster(TWO, namespace("other", "team=x"), deployment("other", "a", "app=a"),
        calicoPolicy("p", "  selector: app == 'b'\n  ingress:\n  - action: Allow\n    source:\n"
            + "      namespaceSelector: team == 'x'\n"));
    assertThat(c.evaluate(Endpoint.workload("other", "a"), B, Connection.tcp(1)).allowed()).isTrue();
    assertThat(c.evaluate(A, B, Connection.tcp(1)).allowed()).isFalse();
  }

  // rules.go:73: namespaceSelector all() means every namespace ("has(projectcalico.org/namespace)").
  @Test
  void namespaceSelectorAllMeansEveryNamespace() {
    Cluster c = cluster(TWO, deployment("other", "a", "app=a"),
        calicoPolicy("p", "  selector: app == 'b'\n  ingress:\n  - action: Allow\n    source:\n"
            + "      namespaceSelector: all()\n      selector: app == 'a'\n"));
    assertThat(c.evaluate(Endpoint.workload("other", "a"), B, Connection.tcp(1)).allowed()).isTrue();
  }

  // rules.go:221-250 parseServiceAccounts: names and the pcsa.-prefixed selector; workload_endpoint_default.go:166.
  @Test
  void serviceAccountsMatchByNameAndByLabels() {
    String sa = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: api\n  namespace: shop\n  labels:\n    tier: gold\n";
    String a = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\n  namespace: shop\nspec:\n  template:\n"
        + "    metadata:\n      labels:\n        app: a\n    spec:\n      serviceAccountName: api\n      containers: []\n";
    Cluster byName = cluster(a, deployment("shop", "b", "app=b"), sa, calicoPolicy("p", "  selector: app == 'b'\n"
        + "  ingress:\n  - action: Allow\n    source:\n      serviceAccounts:\n        names: [api]\n"));
    assertThat(byName.evaluate(A, B, Connection.tcp(1)).allowed()).isTrue();
    Cluster bySelector = cluster(a, deployment("shop", "b", "app=b"), sa, calicoPolicy("p", "  selector: app == 'b'\n"
        + "  ingress:\n  - action: Allow\n    source:\n      serviceAccounts:\n        selector: tier == 'gold'\n"));
    assertThat(bySelector.evaluate(A, B, Connection.tcp(1)).allowed()).isTrue();
    Cluster other = cluster(TWO, sa, calicoPolicy("p", "  selector: app == 'b'\n"
        + "  ingress:\n  - action: Allow\n    source:\n      serviceAccounts:\n        names: [api]\n"));
    assertThat(other.evaluate(A, B, Connection.tcp(1)).allowed()).isFalse();
  }

  // networkpolicyprocessor.go:73: the policy's serviceAccountSelector, pcsa.-prefixed.
  @Test
  void aPolicyServiceAccountSelectorSelectsByServiceAccountLabels() {
    String sa = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: shop\n  labels:\n    locked: 'yes'\n";
    Cluster c = cluster(TWO, sa, calicoPolicy("p", "  serviceAccountSelector: locked == 'yes'\n  types: [Ingress]\n"));
    assertThat(c.evaluate(A, B, Connection.tcp(1)).ingress().reason()).isEqualTo(Decision.Reason.END_OF_TIER);
  }

  // globalnetworkpolicyprocessor.go:62: a global policy's namespaceSelector.
  @Test
  void aGlobalPolicyNamespaceSelectorSelectsWorkloadsOfThoseNamespaces() {
    Cluster c = cluster(TWO, namespace("shop", "env=prod"), deployment("dev", "x", "app=x"),
        globalPolicy("prod-deny", "  namespaceSelector: env == 'prod'\n  types: [Ingress]\n"));
    assertThat(c.evaluate(A, B, Connection.tcp(1)).allowed()).isFalse();
    assertThat(c.evaluate(A, Endpoint.workload("dev", "x"), Connection.tcp(1)).allowed()).isTrue();
  }

  // rules.go:183-193 Src/DstNets, NotSrc/DstNets; with no known IP a workload is not in any net.
  @Test
  void netsMatchKnownAddressesOnly() {
    Cluster c = cluster(pod("shop", "a", "10.0.0.5", "app=a"), pod("shop", "b", "10.0.1.7", "app=b"), deployment("shop", "c",
        "app=c"), calicoPolicy("p", "  selector: app == 'b'\n  ingress:\n  - action: Allow\n    source:\n"
            + "      nets: [10.0.0.0/24]\n      notNets: [10.0.0.128/25]\n"));
    assertThat(c.evaluate(Endpoint.workload("shop", "a"), B, Connection.tcp(1)).allowed()).isTrue();
    Verdict noIp = c.evaluate(Endpoint.workload("shop", "c"), B, Connection.tcp(1));
    assertThat(noIp.explanation()).contains("has no known IP");
    assertThat(noIp.allowed()).isFalse();
    assertThat(c.evaluate(Endpoint.address(IpAddress.of("10.0.0.200")), B, Connection.tcp(1)).allowed()).isFalse();
    assertThat(c.evaluate(Endpoint.address(IpAddress.of("10.0.0.9")), B, Connection.tcp(1)).allowed()).isTrue();
  }

  // rules.go:165-170 Protocol/NotProtocol and ICMP type and code.
  @Test
  void protocolNotProtocolIcmpAndNotIcmp() {
    Cluster c = cluster(TWO, calicoPolicy("p", "  selector: app == 'b'\n  ingress:\n"
        + "  - action: Allow\n    protocol: ICMP\n    icmp:\n      type: 8\n      code: 0\n"
        + "  - action: Deny\n    protocol: ICMP\n  - action: Allow\n    notProtocol: UDP\n"
        + "  - action: Allow\n    protocol: UDP\n    notICMP:\n      type: 3\n"));
    assertThat(c.evaluate(A, B, Connection.icmp(8, 0)).ingress().ruleIndex()).hasValue(0);
    assertThat(c.evaluate(A, B, Connection.icmp(8, 1)).ingress().ruleIndex()).hasValue(1);
    assertThat(c.evaluate(A, B, Connection.tcp(22)).ingress().ruleIndex()).hasValue(2);
    assertThat(c.evaluate(A, B, Connection.udp(53)).ingress().ruleIndex()).hasValue(3);
  }

  // rules.go:184-193 Ports and NotPorts; named ports from the destination's containers.
  @Test
  void portsNotPortsAndNamedPorts() {
    Cluster c = cluster(TWO, calicoPolicy("p", "  selector: app == 'b'\n  ingress:\n"
        + "  - action: Allow\n    protocol: TCP\n    destination:\n      ports: [http]\n"
        + "  - action: Allow\n    protocol: TCP\n    destination:\n      ports: ['9000:9100']\n      notPorts: [9050]\n"));
    assertThat(c.evaluate(A, B, Connection.tcp(8080)).allowed()).isTrue();
    assertThat(c.evaluate(A, B, Connection.udp(8080)).allowed()).isFalse();
    assertThat(c.evaluate(A, B, Connection.tcp(9001)).allowed()).isTrue();
    assertThat(c.evaluate(A, B, Connection.tcp(9050)).allowed()).isFalse();
  }

  // ast.go:431-437 LabelNeValueNode: != matches where the label is absent; rules.go:187 notSelector as written.
  @Test
  void notEqualsMatchesAnAbsentLabelAndNotSelectorExcludes() {
    Cluster c = cluster(TWO, deployment("shop", "c", "app=c", "role=admin"), calicoPolicy("p", "  selector: app == 'b'\n"
        + "  ingress:\n  - action: Allow\n    source:\n      selector: role != 'guest'\n      notSelector: app == 'c'\n"));
    assertThat(c.evaluate(A, B, Connection.tcp(1)).allowed()).isTrue();
    Verdict v = c.evaluate(Endpoint.workload("shop", "c"), B, Connection.tcp(1));
    assertThat(v.allowed()).isFalse();
    assertThat(v.explanation()).contains("notSelector app == 'c' matches");
  }

  // endpoints.go:375 and 628-641: staged policies are not enforced, and a tier of only staged policies passes.
  @Test
  void stagedPoliciesAreNotEnforcedButReported() {
    Cluster c = cluster(TWO, "apiVersion: projectcalico.org/v3\nkind: StagedNetworkPolicy\nmetadata:\n  name: lock\n"
        + "  namespace: shop\nspec:\n  selector: app == 'b'\n  types: [Ingress]\n");
    Verdict v = c.evaluate(A, B, Connection.tcp(1));
    assertThat(v.allowed()).isTrue();
    assertThat(v.withStagedPolicies()).contains(false);
    assertThat(v.explanation()).contains("staged, not enforced").contains("all its policies here are staged")
        .contains("With the staged policies enforced it would be DENIED");
  }

  // conversion.go:281 and 324-340 K8sNetworkPolicyToCalico: tier default, order 1000, Ingress when no types.
  @Test
  void kubernetesNetworkPolicyIsConvertedAtOrder1000InTheDefaultTier() {
    String knp = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: only-a\n  namespace: shop\n"
        + "spec:\n  podSelector:\n    matchLabels:\n      app: b\n  ingress:\n  - from:\n    - podSelector:\n"
        + "        matchLabels:\n          app: a\n    ports:\n    - port: http\n";
    Cluster c = cluster(TWO, deployment("shop", "c", "app=c"), knp,
        calicoPolicy("first", "  order: 999\n  selector: app == 'b'\n  ingress:\n  - action: Log\n"));
    Verdict v = c.evaluate(A, B, Connection.tcp(8080));
    assertThat(v.ingress().describe()).isEqualTo("Allow by KubernetesNetworkPolicy shop/only-a rule 0 (tier default)");
    assertThat(v.explanation().indexOf("shop/first")).isLessThan(v.explanation().indexOf("shop/only-a (order 1000)"));
    assertThat(c.evaluate(Endpoint.workload("shop", "c"), B, Connection.tcp(8080)).allowed()).isFalse();
    assertThat(c.evaluate(A, B, Connection.udp(8080)).allowed()).isFalse();
  }

  // conversion.go:668-690: ipBlock with except becomes nets and notNets.
  @Test
  void kubernetesIpBlockWithExcept() {
    String knp = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: out\n  namespace: shop\n"
        + "spec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to:\n    - ipBlock:\n        cidr: 10.0.0.0/8\n"
        + "        except: [10.1.0.0/16]\n";
    Cluster c = cluster(TWO, knp);
    assertThat(c.evaluate(A, Endpoint.address(IpAddress.of("10.2.3.4")), Connection.tcp(443)).allowed()).isTrue();
    assertThat(c.evaluate(A, Endpoint.address(IpAddress.of("10.1.3.4")), Connection.tcp(443)).allowed()).isFalse();
    assertThat(c.evaluate(A, B, Connection.tcp(8080)).egress().reason()).isEqualTo(Decision.Reason.END_OF_TIER);
  }

  // v3.30.7 conversion.go:279-369 and clientv3/client.go:265-277: ANP in tier adminnetworkpolicy (Pass, 1000),
  // order = priority; BANP in baselineadminnetworkpolicy (Pass, 10,000,000), after the default tier.
  @Test
  void adminAndBaselinePoliciesInTheirTiers() {
    String anp = "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata:\n  name: pass-shop\n"
        + "spec:\n  priority: 10\n  subject:\n    namespaces: {}\n  ingress:\n  - action: Pass\n    from:\n"
        + "    - namespaces:\n        matchLabels:\n          kubernetes.io/metadata.name: shop\n"
        + "  - action: Deny\n    from:\n    - namespaces: {}\n";
    String banp = "apiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\nmetadata:\n  name: default\n"
        + "spec:\n  subject:\n    namespaces: {}\n  ingress:\n  - action: Deny\n    from:\n    - namespaces: {}\n";
    CalicoRelease v330 = CalicoRelease.parse("v3.30.7");
    Cluster c = Yaml.cluster(v330, TWO, deployment("other", "x", "app=x"), anp, banp);
    Verdict fromShop = c.evaluate(A, B, Connection.tcp(1));
    assertThat(fromShop.allowed()).isFalse();
    assertThat(fromShop.ingress().describe())
        .isEqualTo("Deny by BaselineAdminNetworkPolicy default rule 0 (tier baselineadminnetworkpolicy)");
    Verdict fromOther = c.evaluate(Endpoint.workload("other", "x"), B, Connection.tcp(1));
    assertThat(fromOther.ingress().describe()).isEqualTo("Deny by AdminNetworkPolicy pass-shop rule 1 (tier adminnetworkpolicy)");
    // v3.32 does not convert them any more: noted, and not enforced.
    Cluster newest = cluster(TWO, anp);
    assertThat(newest.evaluate(A, B, Connection.tcp(1)).allowed()).isTrue();
    assertThat(newest.notes()).anyMatch(n -> n.startsWith("AdminNetworkPolicy pass-shop is not enforced by Calico v3.32.1"));
  }

  // clusternetworkpolicy.go:35-160: ClusterNetworkPolicy of tier Admin in kube-admin, Accept is Allow.
  @Test
  void clusterNetworkPolicyInV332() {
    String cnp = "apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata:\n  name: web\n"
        + "spec:\n  tier: Admin\n  priority: 5\n  subject:\n    namespaces: {}\n  ingress:\n  - action: Accept\n"
        + "    from:\n    - namespaces: {}\n    protocols:\n    - tcp:\n        destinationPort:\n          number: 80\n"
        + "  - action: Deny\n    from:\n    - namespaces: {}\n";
    Cluster c = cluster(TWO, cnp);
    assertThat(c.evaluate(A, B, Connection.tcp(80)).ingress().describe())
        .isEqualTo("Allow by ClusterNetworkPolicy web rule 0 (tier kube-admin)");
    assertThat(c.evaluate(A, B, Connection.tcp(81)).allowed()).isFalse();
  }

  // Rule selectors match network sets' networks (Felix IP sets include them).
  @Test
  void ruleSelectorsMatchNetworkSets() {
    String set = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\nmetadata:\n  name: partners\n  labels:\n"
        + "    kind: partner\nspec:\n  nets: [203.0.113.0/24]\n";
    Cluster c = cluster(TWO, set, calicoPolicy("p", "  selector: app == 'b'\n  ingress:\n  - action: Allow\n    source:\n"
        + "      namespaceSelector: global()\n      selector: kind == 'partner'\n"));
    assertThat(c.evaluate(Endpoint.address(IpAddress.of("203.0.113.9")), B, Connection.tcp(1)).allowed()).isTrue();
    assertThat(c.evaluate(Endpoint.address(IpAddress.of("198.51.100.1")), B, Connection.tcp(1)).allowed()).isFalse();
  }

  // endpoints.go:761-775: a host endpoint without policy or profile drops; its profiles decide otherwise.
  @Test
  void hostEndpointsWithoutPolicyOrProfileDrop() {
    String hep = "apiVersion: projectcalico.org/v3\nkind: HostEndpoint\nmetadata:\n  name: node1-eth0\n  labels:\n"
        + "    host: node1\nspec:\n  node: node1\n  interfaceName: eth0\n  expectedIPs: [192.168.1.10]\n";
    Cluster c = cluster(TWO, hep);
    Verdict v = c.evaluate(A, Endpoint.host("node1-eth0"), Connection.tcp(22));
    assertThat(v.ingress().reason()).isEqualTo(Decision.Reason.NO_PROFILE_MATCHED);
    Cluster open = cluster(TWO, hep.replace("  expectedIPs", "  profiles: [projectcalico-default-allow]\n  expectedIPs"));
    assertThat(open.evaluate(A, Endpoint.host("node1-eth0"), Connection.tcp(22)).allowed()).isTrue();
    assertThat(open.evaluate(A, Endpoint.address(IpAddress.of("192.168.1.10")), Connection.tcp(22)).to())
        .isEqualTo(Endpoint.address(IpAddress.of("192.168.1.10")));
  }

  // Egress at the source and ingress at the destination must both allow.
  @Test
  void bothDirectionsMustAllow() {
    Cluster c = cluster(TWO, calicoPolicy("eg", "  selector: app == 'a'\n  types: [Egress]\n"),
        calicoPolicy("in", "  selector: app == 'b'\n  ingress:\n  - action: Allow\n"));
    Verdict v = c.evaluate(A, B, Connection.tcp(1));
    assertThat(v.allowed()).isFalse();
    assertThat(v.denyingDecision()).contains(v.egress());
    assertThat(v.ingress().allows()).isTrue();
  }

  // A Pod owned by a controller is that controller's workload.
  @Test
  void podsAreNamedByTheirController() {
    String p = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-5d8f-abcde\n  namespace: shop\n  labels:\n    app: web\n"
        + "  ownerReferences:\n  - apiVersion: apps/v1\n    kind: ReplicaSet\n    name: web-5d8f\n    controller: true\n"
        + "spec:\n  containers: []\n";
    Cluster c = cluster(p, p.replace("abcde", "fghij"));
    assertThat(c.workloads()).containsExactly(Endpoint.workload("shop", "web-5d8f", "ReplicaSet"));
    assertThat(c.evaluate(Endpoint.workload("shop", "web-5d8f-abcde"), Endpoint.workload("shop", "web-5d8f"),
        Connection.tcp(1)).allowed()).isTrue();
  }

  @Test
  void unknownAndAmbiguousWorkloadsFailNamingTheChoices() {
    Cluster c = cluster(TWO, "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: a\n  namespace: shop\nspec:\n"
        + "  template:\n    spec:\n      containers: []\n");
    assertThatThrownBy(() -> c.evaluate(A, B, Connection.tcp(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shop/a[Deployment], shop/a[StatefulSet]");
    assertThatThrownBy(() -> c.evaluate(Endpoint.workload("shop", "zz"), B, Connection.tcp(1)))
        .hasMessageStartingWith("no workload shop/zz in the input; workloads: shop/a[Deployment]");
  }
}
