package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid Calico resources give no calico.* error: the hand-written ones and a varied set built here. */
class ValidCalicoResourcesTest {
  private static final Validator VALIDATOR = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE);

  @ParameterizedTest
  @ValueSource(strings = {"adminnetworkpolicy.yaml", "baselineadminnetworkpolicy.yaml", "bgpconfiguration.yaml",
      "bgpfilter.yaml", "bgppeer.yaml", "blockaffinity.yaml", "caliconodestatus.yaml", "clusterinformation.yaml",
      "clusternetworkpolicy.yaml", "crd-blockaffinity.yaml", "crd-felixconfiguration.yaml", "crd-ipamconfig.yaml",
      "crd-ippool.yaml", "felixconfiguration.yaml", "globalnetworkpolicy.yaml", "globalnetworkset.yaml",
      "hostendpoint.yaml", "ipamblock.yaml", "ipamconfiguration.yaml", "ipamhandle.yaml", "ippool.yaml",
      "ipreservation.yaml", "kubecontrollersconfiguration.yaml", "networkpolicy.yaml", "networkset.yaml",
      "stagedglobalnetworkpolicy.yaml", "stagedkubernetesnetworkpolicy.yaml", "stagednetworkpolicy.yaml", "tier.yaml",
      "unknown-fields-gnp.yaml", "unknown-fields-ippool.yaml"})
  void handWrittenResourcesHaveNoCalicoErrors(String name) {
    for (Release r : new Release[] {Release.V3_28, Release.V3_32}) {
      ValidationReport report = Validator.forRelease(r).withOfficialManifests(REFERENCE)
          .validate(Mutations.resource(name).toPrettyString());
      assertThat(calicoErrors(report)).as(name + " in " + r + ":\n" + report.toText()).isEmpty();
    }
  }

  static List<String> builtResources() {
    List<String> out = new ArrayList<>();
    for (String group : new String[] {"projectcalico.org/v3", "crd.projectcalico.org/v1"}) {
      for (int block = 20; block <= 32; block++) {
        for (int prefix : new int[] {8, 12, 16, block}) {
          out.add(pool(group, "10.0.0.0/" + prefix, block, block % 2 == 0 ? "Always" : "Never",
              block % 2 == 0 ? "Never" : "CrossSubnet"));
        }
      }
      for (int block = 116; block <= 128; block++) {
        out.add(pool(group, "fd00:" + Integer.toHexString(block) + "::/" + Math.min(block, 64), block, "Never",
            block % 3 == 0 ? "Always" : "Never"));
      }
    }
    out.add(pool("projectcalico.org/v3", "172.16.0.0/12", 26, "Never", "Never")
        .replace("nodeSelector: all()", "nodeSelector: all()\n  allowedUses: [LoadBalancer]\n  disableBGPExport: false"));
    String[] protocols = {"TCP", "UDP", "SCTP", "6", "17", "132"};
    String[] ports = {"80", "\"8080:8090\"", "http", "\"1:65535\"", "65535", "metrics-port"};
    for (int i = 0; i < protocols.length; i++) {
      String protocol = protocols[i].matches("[0-9]+") ? protocols[i] : protocols[i];
      out.add(policy("policy-" + i, """
          - action: Allow
            protocol: %s
            source:
              selector: app starts with 'web' && tier in {'a', 'b',}
              namespaceSelector: global()
              ports: [%s]
            destination:
              notPorts: [%s]
              nets: [10.0.0.0/8, 192.168.0.0/16]
        """.formatted(protocol, ports[i], ports[(i + 1) % ports.length])));
    }
    for (int type : new int[] {0, 3, 8, 254}) {
      out.add(policy("icmp-" + type, """
          - action: Deny
            protocol: ICMP
            ipVersion: 4
            icmp: {type: %d, code: %d}
            notICMP: {type: %d}
          - action: Pass
            protocol: ICMPv6
            ipVersion: 6
            icmp: {type: 128}
            destination:
              nets: ["fd00::/8"]
        """.formatted(type, type == 254 ? 255 : 0, (type + 1) % 255)));
    }
    out.add(policy("services", """
          - action: Allow
            protocol: TCP
            source:
              services: {name: frontend, namespace: web}
          - action: Log
            notProtocol: UDPLite
            http: null
        """));
    for (String as : new String[] {"64512", "4294967295", "\"1.10\"", "\"65535.65535\"", "0"}) {
      out.add("""
          apiVersion: projectcalico.org/v3
          kind: BGPPeer
          metadata:
            name: peer-%s
          spec:
            peerIP: "[fd00::1]:1179"
            asNumber: %s
            nodeSelector: has(rack) && rack ends with '-1'
            keepOriginalNextHop: true
            maxRestartTime: 1m30s
          """.formatted(Integer.toHexString(as.hashCode()), as));
    }
    out.add("""
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata:
          name: selected-peers
        spec:
          peerSelector: route-reflector == 'true'
          nodeSelector: "!has(route-reflector)"
        """);
    out.add("""
        apiVersion: projectcalico.org/v3
        kind: FelixConfiguration
        metadata:
          name: node.worker-1
        spec:
          routeTableRange: {min: 1, max: 250}
          kubeNodePortRanges: [30000, "31000:32767"]
          natOutgoingAddress: 192.0.2.1
          deviceRouteSourceAddressIPv6: "fd00::1"
          openstackRegion: region-one
          iptablesRefreshInterval: 1.5m
          reportingInterval: 0
          healthTimeoutOverrides:
            - {name: Calculation Graph_1, timeout: 2h45m}
          failsafeInboundHostPorts:
            - {protocol: SCTP, port: 9999, net: "fd00::/64"}
        """);
    out.add("""
        apiVersion: projectcalico.org/v3
        kind: Tier
        metadata:
          name: default
        spec:
          order: 1000000
        """);
    out.add("""
        apiVersion: projectcalico.org/v3
        kind: HostEndpoint
        metadata:
          name: any-interface
        spec:
          node: worker-1
          interfaceName: "*"
        """);
    return out;
  }

  private static String pool(String group, String cidr, int block, String ipip, String vxlan) {
    return """
        apiVersion: %s
        kind: IPPool
        metadata:
          name: pool-%s
        spec:
          cidr: "%s"
          blockSize: %d
          ipipMode: %s
          vxlanMode: %s
          nodeSelector: all()
        """.formatted(group, Integer.toHexString((cidr + block).hashCode()), cidr, block,
        cidr.contains(":") ? "Never" : ipip, cidr.contains(":") || ipip.equals("Always") ? "Never" : vxlan);
  }

  private static String policy(String name, String rules) {
    return """
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata:
          name: %s
        spec:
          order: 10
          selector: role == 'db' || (has(x) && !y contains 'z')
          types: [Ingress]
          ingress:
        %s""".formatted(name, rules.indent(2));
  }

  @TestFactory
  Stream<DynamicTest> builtResourcesHaveNoCalicoErrors() {
    List<String> all = builtResources();
    System.out.println("valid Calico resources built in code: " + all.size());
    return all.stream().map(text -> DynamicTest.dynamicTest(text.lines().filter(l -> l.contains("name:")).findFirst()
        .orElse("?").trim() + " " + text.lines().filter(l -> l.startsWith("kind:")).findFirst().orElse(""), () -> {
          ValidationReport report = VALIDATOR.validate(text);
          assertThat(calicoErrors(report)).as(text + "\n" + report.toText()).isEmpty();
        }));
  }

  private static List<Finding> calicoErrors(ValidationReport report) {
    return report.findings(Severity.ERROR).stream().filter(f -> f.rule().startsWith("calico.")).toList();
  }
}
