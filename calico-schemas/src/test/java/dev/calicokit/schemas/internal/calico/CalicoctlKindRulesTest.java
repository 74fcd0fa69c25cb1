package dev.calicokit.schemas.internal.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Validator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Node, WorkloadEndpoint and Profile judged as libcalico-go's validator judges them: our own cases,
 * in the shapes of the rows of its test table (a spec and the verdict), each checked for the rule and
 * the field it names.
 */
class CalicoctlKindRulesTest {
  private static final Validator V3_32 = Validator.forRelease(Release.V3_32);

  private static String wep(String spec) {
    return "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nmetadata:\n  name: w\n  namespace: default\nspec:\n"
        + spec.indent(2);
  }

  private static String node(String spec) {
    return "apiVersion: projectcalico.org/v3\nkind: Node\nmetadata:\n  name: worker-1\n" + spec;
  }

  private static String profile(String spec) {
    return "apiVersion: projectcalico.org/v3\nkind: Profile\nmetadata:\n  name: kns.shop\nspec:\n" + spec.indent(2);
  }

  private static List<String> errors(String yaml) {
    return V3_32.validate(yaml).findings().stream().filter(f -> f.severity() == dev.calicokit.schemas.Severity.ERROR)
        .map(f -> f.rule() + " " + f.path()).toList();
  }

  static List<Arguments> accepted() {
    return List.of(
        Arguments.of(wep("interfaceName: cali012371237")),
        Arguments.of(wep("interfaceName: Valid_Iface.0-9")),
        Arguments.of(wep("interfaceName: cali0\nipNetworks: [10.0.0.1/32, 10.0.0.2, 'fd00::1/128']")),
        Arguments.of(wep("interfaceName: cali0\nipNetworks: [10.0.0.1/32]\nipNATs: [{internalIP: 10.0.0.1, externalIP: 172.16.0.1}]")),
        Arguments.of(wep("interfaceName: cali0\ncontainerID: Cath01234-G")),
        Arguments.of(wep("interfaceName: eth0\nports: [{name: a-valid-port, protocol: TCP, port: 1234}]")),
        Arguments.of(wep("interfaceName: eth0\nports: [{protocol: TCP, port: 1234, hostPort: 2345}]")),
        Arguments.of(wep("interfaceName: eth0\nports: [{name: p, protocol: TCP, port: 1}, {name: p, protocol: UDP, port: 2}]")),
        Arguments.of(wep("interfaceName: eth0\nallowSpoofedSourcePrefixes: [10.0.0.1, 192.168.0.0/16]")),
        Arguments.of(wep("interfaceName: eth0\nipv4Gateway: 169.254.1.1\nipv6Gateway: 'fe80::1'\nmac: 7a:3e:91:0c:5d:e2")),
        Arguments.of(node("")),
        Arguments.of(node("spec:\n  bgp:\n    ipv4Address: 10.0.0.5/24\n")),
        Arguments.of(node("spec:\n  bgp:\n    ipv6Address: fd00::5/64\n")),
        Arguments.of(node("spec:\n  bgp:\n    ipv4IPIPTunnelAddr: 10.0.0.1\n")),
        Arguments.of(node("spec:\n  bgp:\n    ipv4Address: 10.0.0.5/24\n    routeReflectorClusterID: 255.0.0.1\n")),
        Arguments.of(node("spec:\n  wireguard:\n    interfaceIPv4Address: 10.0.0.1\n")),
        Arguments.of(profile("labelsToApply:\n  project.calico.org/my-valid-label: " + "v".repeat(63))),
        Arguments.of(profile("ingress: [{action: Allow, protocol: TCP, destination: {ports: [80]}}]")));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void accepted(String yaml) {
    assertThat(errors(yaml)).isEmpty();
  }

  static List<Arguments> rejected() {
    return List.of(
        Arguments.of(wep("node: worker-1"), "calico.workloadendpoint.interface-name /spec"),
        Arguments.of(wep("interfaceName: interfaceTooLong"), "calico.workloadendpoint.interface-name /spec/interfaceName"),
        Arguments.of(wep("interfaceName: 'Invalid&Intface'"), "calico.workloadendpoint.interface-name /spec/interfaceName"),
        Arguments.of(wep("interfaceName: cali0\nipNetworks: [10.0.0.0/24]"), "calico.workloadendpoint.ip-network /spec/ipNetworks/0"),
        Arguments.of(wep("interfaceName: cali0\nipNetworks: ['fd00::/120']"), "calico.workloadendpoint.ip-network /spec/ipNetworks/0"),
        Arguments.of(wep("interfaceName: cali0\nipNATs: [{internalIP: 10.0.0.2, externalIP: 10.0.0.1}]"),
            "calico.workloadendpoint.ip-nat /spec/ipNATs/0/internalIP"),
        Arguments.of(wep("interfaceName: cali0\nipNetworks: [10.0.0.1/32]\nipNATs: [{internalIP: 10.0.0.2, externalIP: 10.0.0.1}]"),
            "calico.workloadendpoint.ip-nat /spec/ipNATs/0/internalIP"),
        Arguments.of(wep("interfaceName: cali0\nipNetworks: ['fd00::1/128']\nipNATs: [{internalIP: 'fd00::1', externalIP: 10.0.0.1}]"),
            "calico.workloadendpoint.ip-nat /spec/ipNATs/0"),
        Arguments.of(wep("interfaceName: cali0\ncontainerID: -abcdefg"), "calico.workloadendpoint.container-id /spec/containerID"),
        Arguments.of(wep("interfaceName: cali0\ncontainerID: abcde-j.g"), "calico.workloadendpoint.container-id /spec/containerID"),
        Arguments.of(wep("interfaceName: eth0\nports: [{protocol: TCP, port: 1234}]"), "calico.workloadendpoint.port-name /spec/ports/0"),
        Arguments.of(wep("interfaceName: eth0\nports: [{protocol: TCP, port: 1234, hostPort: 2345, hostIP: 999.0.0.1}]"),
            "calico.workloadendpoint.port-host-ip /spec/ports/0/hostIP"),
        Arguments.of(wep("interfaceName: eth0\nports: [{name: p, protocol: ICMP, port: 1}]"),
            "calico.workloadendpoint.port-protocol /spec/ports/0/protocol"),
        Arguments.of(wep("interfaceName: eth0\nports: [{name: p, protocol: TCP}]"), "calico.workloadendpoint.port /spec/ports/0"),
        Arguments.of(wep("interfaceName: eth0\nallowSpoofedSourcePrefixes: [10.abcd]"),
            "calico.workloadendpoint.spoofed-prefix /spec/allowSpoofedSourcePrefixes/0"),
        Arguments.of(wep("interfaceName: eth0\nipv4Gateway: 'fe80::1'"), "calico.address-family /spec/ipv4Gateway"),
        Arguments.of(wep("interfaceName: eth0\nmac: 7a:3e:91"), "calico.mac /spec/mac"),
        Arguments.of(wep("interfaceName: eth0\nnode: Worker_1"), "calico.workloadendpoint.name /spec/node"),
        Arguments.of(wep("interfaceName: eth0\nprofiles: [Bad!]"), "calico.workloadendpoint.profile /spec/profiles/0"),
        Arguments.of(wep("interfaceName: eth0\nipNetwork: 10.0.0.1/32"), "schema.unknown-field /spec/ipNetwork"),
        Arguments.of(wep("interfaceName: eth0\nports: {name: p}"), "schema.bind /spec/ports"),
        Arguments.of(node("spec:\n  bgp: {}\n"), "calico.node.bgp-empty /spec/bgp"),
        Arguments.of(node("spec:\n  bgp:\n    ipv4Address: fd00::5/64\n"), "calico.address-family /spec/bgp/ipv4Address"),
        Arguments.of(node("spec:\n  bgp:\n    ipv6Address: 10.0.0.5/24\n"), "calico.address-family /spec/bgp/ipv6Address"),
        Arguments.of(node("spec:\n  bgp:\n    ipv4Address: 10.0.0.5/24\n    routeReflectorClusterID: abcdef\n"),
            "calico.address-family /spec/bgp/routeReflectorClusterID"),
        Arguments.of(node("spec:\n  wireguard:\n    interfaceIPv4Address: 10.0.0.0/24\n"),
            "calico.address-family /spec/wireguard/interfaceIPv4Address"),
        Arguments.of(node("spec:\n  addresses: [{address: 10.0.0.1, type: PublicIP}]\n"), "calico.node.address-type /spec/addresses/0/type"),
        Arguments.of(node("status:\n  wireguardPublicKey: not-a-key\n"), "calico.node.wireguard-key /status/wireguardPublicKey"),
        Arguments.of(profile("labelsToApply:\n  project.calico.org/my-valid-label: " + "v".repeat(64)),
            "calico.profile.label-value /spec/labelsToApply/project.calico.org~1my-valid-label"),
        Arguments.of(profile("labelsToApply:\n  .mylabel: value"), "calico.profile.label-key /spec/labelsToApply/.mylabel"),
        Arguments.of(profile("ingress: [{action: Jump}]"), "calico.rule.action /spec/ingress/0/action"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void rejected(String yaml, String expected) {
    assertThat(errors(yaml)).contains(expected);
  }

  @Test
  void calicoctlsGetOutputValidatesAsAListWithFindingsInsideIt() {
    String list = """
        apiVersion: projectcalico.org/v3
        kind: WorkloadEndpointList
        metadata:
          resourceVersion: "9"
        items:
        - apiVersion: projectcalico.org/v3
          kind: WorkloadEndpoint
          metadata:
            name: ok
            namespace: default
            resourceVersion: "7"
            uid: 0b7e3c52-11d4-4c6f-b0a9-7e2d9f8c1a34
            creationTimestamp: "2026-03-02T10:20:11Z"
          spec:
            interfaceName: cali1
        - apiVersion: projectcalico.org/v3
          kind: WorkloadEndpoint
          metadata:
            name: bad
            namespace: default
          spec:
            interfaceName: cali2
            ipNetworks: [10.0.0.0/24]
        """;
    List<Finding> found = V3_32.validate(list).findings();
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("calico.workloadendpoint.ip-network");
      assertThat(f.path()).isEqualTo("/items/1/spec/ipNetworks/0");
      assertThat(f.line()).hasValue(23);
    });
  }

  @Test
  void aV1KindIsStillAnUnknownKindOfItsGroup() {
    assertThat(errors("apiVersion: crd.projectcalico.org/v1\nkind: WorkloadEndpoint\nmetadata:\n  name: w\n"))
        .containsExactly("schema.unknown-kind-in-group /kind");
  }
}
