package dev.calicokit.schemas.internal.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.calico.BGPPeer;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.NetworkPolicy;
import dev.calicokit.model.calico.StagedNetworkPolicy;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.GoDuration;
import dev.calicokit.model.values.Selector;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calico's rules read the typed resource: what that means beyond the rule ids each mutant of
 * {@code CalicoRuleMutationTest} catches. Pointers come from the indexes in the typed lists, a resource
 * built in code is judged as its YAML is, a document that does not bind gets only the rules that read
 * the tree, and the typed walks find values by their model types.
 */
class TypedRulesTest {
  private static final Validator V3_32 = Validator.forRelease(Release.V3_32);

  private static final String POLICY = """
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkPolicy
      metadata:
        name: typed-rules
      spec:
        selector: role == 'db'
        types: [Ingress, Egress]
        ingress:
          - action: Allow
            protocol: 300
            source:
              selector: app == 'api'
              serviceAccounts:
                selector: team == 'x' &&
            destination:
              ports: [70000, "90:80"]
        egress:
          - action: Allow
          - action: Deny
            protocol: UDP
          - action: Allow
            destination:
              notNets:
                - 10.0.0.0/8
                - 10.0.0.0/40
      """;

  private static List<String> calico(ValidationReport report) {
    List<String> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.rule().startsWith("calico.")) {
        out.add(f.rule() + " " + f.path() + " " + f.message());
      }
    }
    return out;
  }

  private static Finding only(ValidationReport report, String rule) {
    List<Finding> found = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertThat(found).as(report.toText()).hasSize(1);
    return found.get(0);
  }

  @Test
  void pointersComeFromTheIndexesInTheTypedListsAndMapToLines() {
    ValidationReport report = V3_32.validate(POLICY);
    assertThat(calico(report)).containsExactly(
        "calico.selector.syntax /spec/ingress/0/source/serviceAccounts/selector selector \"team == 'x' &&\" does not"
            + " parse at position 14: expected a label key or one of all(), global(), has(), '!', '(', found the end",
        "calico.rule.protocol /spec/ingress/0/protocol protocol number 300 is out of range: expected 1 to 255",
        "calico.rule.ports-protocol /spec/ingress/0/destination/ports destination.ports needs protocol TCP, UDP or SCTP"
            + " (the rule's protocol is 300)",
        "calico.rule.port /spec/ingress/0/destination/ports/0 port 70000 is out of range: expected 1 to 65535",
        "calico.rule.port /spec/ingress/0/destination/ports/1 port range 90:80 runs backwards: the first port must not"
            + " exceed the last",
        "calico.rule.net /spec/egress/2/destination/notNets/1 \"10.0.0.0/40\" is not an IPv4 or IPv6 CIDR such as 10.0.0.0/8");
    Finding net = only(report, "calico.rule.net");
    assertThat(net.line()).hasValue(25);
    assertThat(net.column()).hasValue(13);
  }

  @Test
  void aResourceInCodeIsJudgedAsItsYaml() {
    GlobalNetworkPolicy policy = CalicoCodec.yaml().read(POLICY, GlobalNetworkPolicy.class);
    assertThat(calico(V3_32.validate(policy))).isNotEmpty().isEqualTo(calico(V3_32.validate(POLICY)));
  }

  @Test
  void aDocumentThatDoesNotBindGetsOnlyTheRulesThatReadTheTree() {
    // The dotted AS number is a string, which the model's number cannot hold: the peer has no typed
    // form, so its peerIP is not judged; the AS number is, from the tree.
    ValidationReport report = V3_32.validate("""
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata:
          name: dotted
        spec:
          peerIP: 10.20.1
          asNumber: "65536.1"
        """);
    assertThat(only(report, "calico.bgp.as-number").path()).isEqualTo("/spec/asNumber");
    assertThat(only(report, "schema.type").path()).isEqualTo("/spec/asNumber");
    assertThat(calico(report)).hasSize(1);
  }

  @Test
  void aDottedAsNumberCalicoTakesIsNoCalicoError() {
    ValidationReport report = V3_32.validate("""
        apiVersion: projectcalico.org/v3
        kind: BGPConfiguration
        metadata:
          name: default
        spec:
          asNumber: "64512.100"
        """);
    assertThat(calico(report)).as(report.toText()).isEmpty();
  }

  @Test
  void aHostEndpointWithoutSpecIsTheStructureLayersToReport() {
    String header = """
        apiVersion: projectcalico.org/v3
        kind: HostEndpoint
        metadata:
          name: eth0-node-1
        """;
    assertThat(calico(V3_32.validate(header))).isEmpty();
    assertThat(calico(V3_32.validate(header + "spec: {}\n"))).containsExactly(
        "calico.hostendpoint.node /spec a host endpoint needs spec.node, the node it belongs to",
        "calico.hostendpoint.interface /spec a host endpoint needs interfaceName, expectedIPs or both");
  }

  @Test
  void aStagedDeletionNamesTheFieldsItSetsInTheOrderWrittenUnknownOnesIncluded() {
    ValidationReport report = V3_32.validate("""
        apiVersion: projectcalico.org/v3
        kind: StagedNetworkPolicy
        metadata:
          name: old-policy
          namespace: prod
        spec:
          stagedAction: Delete
          futureField: kept
          selector: app == 'a'
          order: 10
          types: []
        """);
    assertThat(report.findings().stream().filter(f -> f.rule().equals("calico.policy.staged-delete")).map(Finding::path))
        .containsExactly("/spec/futureField", "/spec/selector", "/spec/order");
  }

  @Test
  void theTypedWalkFindsValuesByTheirModelTypeInFieldOrder() {
    GlobalNetworkPolicy policy = CalicoCodec.yaml().read(POLICY, GlobalNetworkPolicy.class);
    List<String> selectors = new ArrayList<>();
    TypedValues.visit(policy, Selector.class, (s, pointer) -> selectors.add(pointer + " " + s.text()));
    assertThat(selectors).containsExactly(
        "/spec/ingress/0/source/selector app == 'api'",
        "/spec/ingress/0/source/serviceAccounts/selector team == 'x' &&",
        "/spec/selector role == 'db'");
    List<String> durations = new ArrayList<>();
    TypedValues.visit(policy, GoDuration.class, (d, pointer) -> durations.add(pointer));
    assertThat(durations).isEmpty();
    BGPPeer peer = CalicoCodec.yaml().read("""
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata:
          name: timers
        spec:
          keepaliveTime: 20s
          maxRestartTime: 2m
        """, BGPPeer.class);
    TypedValues.visit(peer, GoDuration.class, (d, pointer) -> durations.add(pointer + " " + d.text()));
    assertThat(durations).containsExactly("/spec/maxRestartTime 2m", "/spec/keepaliveTime 20s");
  }

  @Test
  void thePolicyViewReadsTheFourPolicyKindsAlike() {
    PolicySpec global = PolicySpec.of(CalicoCodec.yaml().read(POLICY, GlobalNetworkPolicy.class)).orElseThrow();
    assertThat(global.global()).isTrue();
    assertThat(global.egress()).hasSize(3);
    assertThat(global.selector()).map(Selector::text).hasValue("role == 'db'");
    CalicoResource namespaced = CalicoCodec.yaml().read("""
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata:
          name: p
          namespace: prod
        spec:
          tier: security
        """, NetworkPolicy.class);
    PolicySpec spec = PolicySpec.of(namespaced).orElseThrow();
    assertThat(spec.global()).isFalse();
    assertThat(spec.tier()).hasValue("security");
    assertThat(spec.namespaceSelector()).isEmpty();
    StagedNetworkPolicy staged = CalicoCodec.yaml().read("""
        apiVersion: projectcalico.org/v3
        kind: StagedNetworkPolicy
        metadata:
          name: p
          namespace: prod
        spec:
          stagedAction: Delete
        """, StagedNetworkPolicy.class);
    assertThat(PolicySpec.of(staged).orElseThrow().stagedAction()).map(Object::toString).hasValue("Delete");
    assertThat(PolicySpec.of(IPPool.ofCidr("pool", "10.0.0.0/16"))).isEmpty();
  }
}
