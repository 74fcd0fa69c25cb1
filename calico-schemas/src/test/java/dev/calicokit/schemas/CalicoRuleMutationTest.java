package dev.calicokit.schemas;

import static dev.calicokit.schemas.Mutations.all;
import static dev.calicokit.schemas.Mutations.remove;
import static dev.calicokit.schemas.Mutations.set;
import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.schema.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Calico's own rules, one defect per mutant: each base resource has no error, each mutant has an error
 * with the expected calico.* rule id at the expected JSON pointer.
 */
class CalicoRuleMutationTest {
  private static final Validator V3_32 = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE);
  private static final Validator V3_28 = Validator.forRelease(Release.V3_28).withOfficialManifests(REFERENCE);
  private static final Validator V3_29 = Validator.forRelease(Release.V3_29).withOfficialManifests(REFERENCE);
  private static int count;

  private static final String V6_POOL = """
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata:
        name: pool-v6
      spec:
        cidr: fd00:10::/48
        blockSize: 122
        ipipMode: Never
        vxlanMode: Never
        natOutgoing: false
        nodeSelector: all()
      """;

  private record Case(String name, Supplier<ObjectNode> base, Consumer<ObjectNode> defect, String rule,
      String pointer, Validator validator) {}

  private static final List<Case> CASES = new ArrayList<>();

  private static void add(String name, String base, Consumer<ObjectNode> defect, String rule, String pointer) {
    add(name, base, defect, rule, pointer, V3_32);
  }

  private static void add(String name, String base, Consumer<ObjectNode> defect, String rule, String pointer,
      Validator validator) {
    Supplier<ObjectNode> b = base.startsWith("apiVersion") ? () -> Mutations.yaml(base) : () -> Mutations.resource(base);
    CASES.add(new Case(name, b, defect, rule, pointer, validator));
  }

  static {
    // IPPool (projectcalico.org/v3, IPv4)
    String p = "ippool.yaml";
    add("pool cidr prefix above 32", p, set("/spec/cidr", "10.244.0.0/33"), "calico.ippool.cidr", "/spec/cidr");
    add("pool cidr not a network", p, set("/spec/cidr", "ten.0.0.0/8"), "calico.ippool.cidr", "/spec/cidr");
    add("pool cidr with host bits", p, set("/spec/cidr", "10.244.1.0/17"), "calico.ippool.cidr-not-masked", "/spec/cidr");
    add("pool in IPv4 link-local", p, set("/spec/cidr", "169.254.0.0/16"), "calico.ippool.link-local", "/spec/cidr");
    add("IPv4 block size 19", p, set("/spec/blockSize", 19), "calico.ippool.block-size", "/spec/blockSize");
    add("IPv4 block size 33", p, set("/spec/blockSize", 33), "calico.ippool.block-size", "/spec/blockSize");
    add("IPv4 block size 26 plus 2^32", p, set("/spec/blockSize", 4294967322L), "calico.ippool.block-size", "/spec/blockSize");
    add("pool smaller than its block", p, set("/spec/cidr", "10.244.0.0/28"), "calico.ippool.block-size-vs-cidr", "/spec/cidr");
    add("pool smaller than the default block", p, all(remove("/spec/blockSize"), set("/spec/cidr", "10.244.0.0/27")),
        "calico.ippool.block-size-vs-cidr", "/spec/cidr");
    add("IP-in-IP and VXLAN together", p, set("/spec/ipipMode", "Always"), "calico.ippool.ipip-and-vxlan", "/spec/vxlanMode");
    add("pool nodeSelector cut short", p, set("/spec/nodeSelector", "zone == "), "calico.selector.syntax", "/spec/nodeSelector");
    add("pool namespaceSelector with parentheses for a set", p, set("/spec/namespaceSelector", "environment in ('a')"),
        "calico.selector.syntax", "/spec/namespaceSelector");
    add("LoadBalancer with Workload", p, set("/spec/allowedUses", List.of("LoadBalancer", "Workload")),
        "calico.ippool.allowed-uses", "/spec/allowedUses/1");
    add("LoadBalancer pool with VXLAN", p, set("/spec/allowedUses", List.of("LoadBalancer")),
        "calico.ippool.loadbalancer-encapsulation", "/spec/vxlanMode");
    add("LoadBalancer pool on some nodes", p, all(set("/spec/allowedUses", List.of("LoadBalancer")),
        set("/spec/vxlanMode", "Never")), "calico.ippool.loadbalancer-node-selector", "/spec/nodeSelector");
    add("label key with a space", p, set("/metadata/labels/bad key", "x"), "calico.metadata.label-key", "/metadata/labels/bad key");
    add("label value starting with a hyphen", p, set("/metadata/labels/pool-class", "-production"),
        "calico.metadata.label-value", "/metadata/labels/pool-class");
    add("upper-case pool name", p, set("/metadata/name", "Prod_Pool"), "calico.name.invalid", "/metadata/name");
    add("annotation key with two slashes", p, set("/metadata/annotations/a~1b~1c", "x"),
        "calico.metadata.annotation-key", "/metadata/annotations/a~1b~1c");
    add("LoadBalancer pool not exported over BGP", p, all(set("/spec/allowedUses", List.of("LoadBalancer")),
        set("/spec/vxlanMode", "Never"), set("/spec/nodeSelector", "all()"), remove("/spec/namespaceSelector"),
        set("/spec/disableBGPExport", true)), "calico.ippool.loadbalancer-bgp-export", "/spec/disableBGPExport");
    add("Tunnel pool with a namespaceSelector", p, set("/spec/allowedUses", List.of("Tunnel")),
        "calico.ippool.tunnel-namespace-selector", "/spec/namespaceSelector");
    add("global() in a pool's nodeSelector", p, set("/spec/nodeSelector", "global()"), "calico.ippool.global-selector",
        "/spec/nodeSelector");
    add("annotations over 256 KiB", p, set("/metadata/annotations/big", "x".repeat(256 * 1024)),
        "calico.metadata.annotations-size", "/metadata/annotations");
    // IPPool, IPv6
    add("IPv6 block size 115", V6_POOL, set("/spec/blockSize", 115), "calico.ippool.block-size", "/spec/blockSize");
    add("IPv6 block size 129", V6_POOL, set("/spec/blockSize", 129), "calico.ippool.block-size", "/spec/blockSize");
    add("IP-in-IP on IPv6", V6_POOL, set("/spec/ipipMode", "Always"), "calico.ippool.ipip-ipv6", "/spec/ipipMode");
    add("IP-in-IP cross-subnet on IPv6", V6_POOL, set("/spec/ipipMode", "CrossSubnet"), "calico.ippool.ipip-ipv6", "/spec/ipipMode");
    add("pool in IPv6 link-local", V6_POOL, set("/spec/cidr", "fe80::/64"), "calico.ippool.link-local", "/spec/cidr");
    add("IPv6 pool smaller than its block", V6_POOL, set("/spec/cidr", "fd00:10::/124"), "calico.ippool.block-size-vs-cidr", "/spec/cidr");
    // IPPool, crd.projectcalico.org/v1
    String cp = "crd-ippool.yaml";
    add("v1 pool with IP-in-IP and VXLAN", cp, set("/spec/vxlanMode", "Always"), "calico.ippool.ipip-and-vxlan", "/spec/vxlanMode");
    add("v1 pool block size 40", cp, set("/spec/blockSize", 40), "calico.ippool.block-size", "/spec/blockSize");
    add("v1 pool cidr with host bits", cp, set("/spec/cidr", "10.0.0.1/16"), "calico.ippool.cidr-not-masked", "/spec/cidr");
    add("v1 pool nodeSelector garbage", cp, set("/spec/nodeSelector", "all() &"), "calico.selector.syntax", "/spec/nodeSelector");
    add("v1 IPv6 pool with the older ipip form enabled", cp, all(set("/spec/cidr", "fd00:10::/48"), set("/spec/blockSize", 122),
        set("/spec/ipipMode", "Never"), set("/spec/ipip", Map.of("enabled", true))), "calico.ippool.ipip-ipv6", "/spec/ipip/enabled");

    // GlobalNetworkPolicy rules
    String g = "globalnetworkpolicy.yaml";
    add("unknown rule action", g, set("/spec/ingress/0/action", "Accept"), "calico.rule.action", "/spec/ingress/0/action");
    add("ports without protocol", g, remove("/spec/ingress/5/protocol"), "calico.rule.ports-protocol", "/spec/ingress/5/destination/ports");
    add("notPorts with ICMP", g, set("/spec/ingress/6/protocol", "ICMP"), "calico.rule.ports-protocol", "/spec/ingress/6/destination/notPorts");
    add("ports with protocol number 1", g, set("/spec/ingress/5/protocol", 1), "calico.rule.ports-protocol", "/spec/ingress/5/destination/ports");
    add("ports with GRE", g, set("/spec/ingress/5/protocol", 47), "calico.rule.ports-protocol", "/spec/ingress/5/destination/ports");
    add("source ports without protocol", g, all(remove("/spec/ingress/5/protocol"), remove("/spec/ingress/5/destination/ports"),
        set("/spec/ingress/5/source/ports", List.of(1024))), "calico.rule.ports-protocol", "/spec/ingress/5/source/ports");
    add("port above 65535", g, set("/spec/ingress/5/destination/ports/0", 70000), "calico.rule.port", "/spec/ingress/5/destination/ports/0");
    add("port range backwards", g, set("/spec/ingress/5/destination/ports/0", "90:80"), "calico.rule.port", "/spec/ingress/5/destination/ports/0");
    add("port zero", g, set("/spec/ingress/5/destination/ports/0", "0"), "calico.rule.port", "/spec/ingress/5/destination/ports/0");
    add("port name with underscore", g, set("/spec/ingress/5/destination/ports/0", "Bad_Name"), "calico.rule.port", "/spec/ingress/5/destination/ports/0");
    add("port name too long", g, set("/spec/ingress/5/destination/ports/0", "a-very-long-port-name"), "calico.rule.port", "/spec/ingress/5/destination/ports/0");
    add("lower-case protocol name", g, set("/spec/ingress/5/protocol", "tcp"), "calico.rule.protocol", "/spec/ingress/5/protocol");
    add("protocol number 0", g, set("/spec/ingress/5/protocol", 0), "calico.rule.protocol", "/spec/ingress/5/protocol");
    add("protocol number 256", g, set("/spec/ingress/5/protocol", 256), "calico.rule.protocol", "/spec/ingress/5/protocol");
    add("unknown notProtocol", g, set("/spec/egress/6/notProtocol", "QUIC"), "calico.rule.protocol", "/spec/egress/6/notProtocol");
    add("ICMP type 255", g, set("/spec/ingress/2/icmp/type", 255), "calico.rule.icmp-range", "/spec/ingress/2/icmp/type");
    add("ICMP code 256", g, set("/spec/ingress/2/icmp/code", 256), "calico.rule.icmp-range", "/spec/ingress/2/icmp/code");
    add("ICMP code without type", g, remove("/spec/ingress/2/icmp/type"), "calico.rule.icmp-code-without-type", "/spec/ingress/2/icmp/code");
    add("notICMP type negative", g, set("/spec/ingress/4/notICMP/type", -1), "calico.rule.icmp-range", "/spec/ingress/4/notICMP/type");
    add("icmp with protocol TCP", g, set("/spec/ingress/2/protocol", "TCP"), "calico.rule.icmp-protocol", "/spec/ingress/2/icmp");
    add("ICMP with ipVersion 6", g, set("/spec/ingress/2/ipVersion", 6), "calico.rule.icmp-ip-version", "/spec/ingress/2/ipVersion");
    add("ICMPv6 with ipVersion 4", g, set("/spec/ingress/3/ipVersion", 4), "calico.rule.icmp-ip-version", "/spec/ingress/3/ipVersion");
    add("net prefix 40", g, set("/spec/ingress/2/source/nets/0", "10.0.0.0/40"), "calico.rule.net", "/spec/ingress/2/source/nets/0");
    add("nets mixing families", g, set("/spec/ingress/2/source/notNets/0", "fd00::/16"), "calico.rule.ip-family", "/spec/ingress/2/source/notNets");
    add("IPv4 net in an IPv6 rule", g, set("/spec/ingress/3/source/nets/0", "10.0.0.0/8"), "calico.rule.ip-family", "/spec/ingress/3/source/nets/0");
    add("ipVersion 5", g, set("/spec/ingress/0/ipVersion", 5), "calico.rule.ip-version", "/spec/ingress/0/ipVersion");
    add("ipVersion 4 plus 2^32", g, set("/spec/ingress/0/ipVersion", 4294967300L), "calico.rule.ip-version", "/spec/ingress/0/ipVersion");
    add("HTTP method twice", g, set("/spec/ingress/0/http/methods/3", "GET"), "calico.rule.http-methods", "/spec/ingress/0/http/methods/3");
    add("HTTP path exact and prefix", g, set("/spec/ingress/0/http/paths/0", Map.of("exact", "/a", "prefix", "/b")),
        "calico.rule.http-path", "/spec/ingress/0/http/paths/0");
    add("HTTP path without slash", g, set("/spec/ingress/0/http/paths/1/exact", "healthz"), "calico.rule.http-path", "/spec/ingress/0/http/paths/1/exact");
    add("HTTP path with query", g, set("/spec/ingress/0/http/paths/0/prefix", "/api?x=1"), "calico.rule.http-path", "/spec/ingress/0/http/paths/0/prefix");
    add("HTTP path empty", g, set("/spec/ingress/0/http/paths/0", Map.of()), "calico.rule.http-path", "/spec/ingress/0/http/paths/0");
    add("HTTP on a Deny rule", g, set("/spec/ingress/0/action", "Deny"), "calico.rule.http-action", "/spec/ingress/0/http");
    add("HTTP with UDP", g, set("/spec/ingress/0/protocol", "UDP"), "calico.rule.http-protocol", "/spec/ingress/0/protocol");
    add("HTTP in an egress rule", g, set("/spec/egress/1/http", Map.of("methods", List.of("GET"))), "calico.rule.http-egress", "/spec/egress/1/http");
    add("global service without namespace", g, remove("/spec/egress/2/destination/services/namespace"),
        "calico.rule.service-namespace", "/spec/egress/2/destination/services");
    add("service without name", g, remove("/spec/egress/2/destination/services/name"), "calico.rule.service-name", "/spec/egress/2/destination/services");
    add("service with ports", g, set("/spec/egress/2/destination/ports", List.of(443)), "calico.rule.service-ports", "/spec/egress/2/destination/ports");
    add("service with selector", g, set("/spec/egress/2/destination/selector", "a == 'b'"), "calico.rule.service-conflict", "/spec/egress/2/destination/selector");
    add("service in egress source", g, set("/spec/egress/1/source/services", Map.of("name", "x", "namespace", "y")),
        "calico.rule.service-direction", "/spec/egress/1/source/services");
    add("service in ingress destination", g, set("/spec/ingress/5/destination/services", Map.of("name", "x", "namespace", "y")),
        "calico.rule.service-direction", "/spec/ingress/5/destination/services");
    add("global() in a rule selector", g, set("/spec/ingress/1/source/selector", "global()"), "calico.selector.global", "/spec/ingress/1/source/selector");
    add("global() combined in namespaceSelector", g, set("/spec/ingress/1/source/namespaceSelector", "global() && a == 'b'"),
        "calico.selector.global", "/spec/ingress/1/source/namespaceSelector");
    add("global() in the policy selector", g, set("/spec/selector", "has(a) || global()"), "calico.selector.global", "/spec/selector");
    add("type listed twice", g, set("/spec/types/2", "Ingress"), "calico.policy.types", "/spec/types/2");
    add("preDNAT with doNotTrack", g, all(set("/spec/preDNAT", true), set("/spec/doNotTrack", true), set("/spec/applyOnForward", true)),
        "calico.policy.prednat-donottrack", "/spec/preDNAT");
    add("doNotTrack without applyOnForward", g, set("/spec/doNotTrack", true), "calico.policy.apply-on-forward", "/spec/applyOnForward");
    add("preDNAT with egress rules", g, all(set("/spec/preDNAT", true), set("/spec/applyOnForward", true)),
        "calico.policy.prednat-egress", "/spec/egress");
    add("single = in selector", g, set("/spec/selector", "environment = 'production'"), "calico.selector.syntax", "/spec/selector");
    add("unquoted value in rule selector", g, set("/spec/ingress/0/source/selector", "app == ingress"),
        "calico.selector.syntax", "/spec/ingress/0/source/selector");
    add("unclosed parenthesis in serviceAccounts selector", g, set("/spec/ingress/1/source/serviceAccounts/selector", "(a == 'b'"),
        "calico.selector.syntax", "/spec/ingress/1/source/serviceAccounts/selector");
    add("notSelector without value", g, set("/spec/ingress/5/source/notSelector", "trusted =="), "calico.selector.syntax",
        "/spec/ingress/5/source/notSelector");
    add("serviceAccountSelector unquoted", g, set("/spec/serviceAccountSelector", "role != batch"), "calico.selector.syntax",
        "/spec/serviceAccountSelector");
    add("line break inside a selector", g, set("/spec/namespaceSelector", "has(team)\n&& team != 'sandbox'"),
        "calico.selector.syntax", "/spec/namespaceSelector");
    add("tier name with capitals", g, set("/spec/tier", "Security_Tier"), "calico.policy.tier", "/spec/tier");
    add("policy name with two dots", g, set("/metadata/name", "security.production.storefront"), "calico.name.policy", "/metadata/name");
    add("v3.29 policy without its tier prefix", g, set("/metadata/name", "production-storefront"), "calico.name.tier-prefix",
        "/metadata/name", V3_29);
    add("v3.29 policy with another tier's prefix", g, set("/metadata/name", "other.production-storefront"), "calico.name.tier-prefix",
        "/metadata/name", V3_29);
    add("notNets of every IPv4 address", g, set("/spec/ingress/2/source/notNets/0", "0.0.0.0/0"),
        "calico.rule.not-nets-everything", "/spec/ingress/2/source/notNets/0");
    add("rule annotation key with two slashes", g, set("/spec/ingress/0/metadata/annotations/a~1b~1c", "x"),
        "calico.metadata.annotation-key", "/spec/ingress/0/metadata/annotations/a~1b~1c");
    add("performance hint twice", g, set("/spec/performanceHints", List.of("AssumeNeededOnEveryNode", "AssumeNeededOnEveryNode")),
        "calico.field.unique", "/spec/performanceHints/1");
    add("staged deletion with rules", "stagedglobalnetworkpolicy.yaml", set("/spec/stagedAction", "Delete"),
        "calico.policy.staged-delete", "/spec/selector");
    add("namespaced policy name with two dots", "networkpolicy.yaml", set("/metadata/name", "payments.api.v2"),
        "calico.name.policy", "/metadata/name");
    add("namespaced rule action lower case", "networkpolicy.yaml", set("/spec/ingress/2/action", "deny"),
        "calico.rule.action", "/spec/ingress/2/action");

    // Tier
    add("tier name with a dot", "tier.yaml", set("/metadata/name", "security.tier"), "calico.name.tier", "/metadata/name");
    add("default tier with another order", "tier.yaml", set("/metadata/name", "default"), "calico.tier.default-order", "/spec/order");
    add("kube-admin tier with another order", "tier.yaml", all(set("/metadata/name", "kube-admin"),
        set("/spec/defaultAction", "Pass")), "calico.tier.reserved-order", "/spec/order");
    add("deleted block affinity", "blockaffinity.yaml", set("/spec/deleted", true), "calico.blockaffinity.deleted",
        "/spec/deleted");

    // BGPPeer
    String b = "bgppeer.yaml";
    add("peerIP port above 65535", b, set("/spec/peerIP", "10.20.1.1:70000"), "calico.bgp.peer-ip", "/spec/peerIP");
    add("peerIP with three octets", b, set("/spec/peerIP", "10.20.1"), "calico.bgp.peer-ip", "/spec/peerIP");
    add("peerIP IPv6 with port unbracketed", b, set("/spec/peerIP", "fd00::1:179:x"), "calico.bgp.peer-ip", "/spec/peerIP");
    add("AS number above 32 bits", b, set("/spec/asNumber", 4294967296L), "calico.bgp.as-number", "/spec/asNumber");
    add("dotted AS number half above 16 bits", b, set("/spec/asNumber", "1.70000"), "calico.bgp.as-number", "/spec/asNumber");
    add("AS number not a number", b, set("/spec/asNumber", "private"), "calico.bgp.as-number", "/spec/asNumber");
    add("node with nodeSelector", b, set("/spec/node", "worker-1"), "calico.bgp.node-and-selector", "/spec/node");
    add("peerIP with peerSelector", b, set("/spec/peerSelector", "rack == 'x'"), "calico.bgp.peer-ip-and-selector", "/spec/peerIP");
    add("asNumber with peerSelector", b, all(remove("/spec/peerIP"), remove("/spec/reachableBy"), set("/spec/peerSelector", "rack == 'x'")),
        "calico.bgp.as-number-with-selector", "/spec/asNumber");
    add("reachableBy of another family", b, set("/spec/reachableBy", "fd00::1"), "calico.bgp.reachable-by", "/spec/reachableBy");
    add("reachableBy not an address", b, set("/spec/reachableBy", "gateway"), "calico.bgp.reachable-by", "/spec/reachableBy");
    add("keepOriginalNextHop with nextHopMode", b, set("/spec/keepOriginalNextHop", true), "calico.bgp.keep-original-next-hop",
        "/spec/keepOriginalNextHop");
    add("restart time in words", b, set("/spec/maxRestartTime", "2 minutes"), "calico.duration.invalid", "/spec/maxRestartTime");
    add("keepalive without unit", b, set("/spec/keepaliveTime", "20"), "calico.duration.invalid", "/spec/keepaliveTime");
    add("localWorkloadSelector with peerIP", b, set("/spec/localWorkloadSelector", "app == 'x'"), "calico.bgp.local-workload-conflict",
        "/spec/peerIP");
    add("peer nodeSelector dangling &&", b, set("/spec/nodeSelector", "rack == 'rack-1' &&"), "calico.selector.syntax", "/spec/nodeSelector");
    add("local workloads without asNumber", b, all(remove("/spec/peerIP"), remove("/spec/reachableBy"), remove("/spec/asNumber"),
        set("/spec/localWorkloadSelector", "app == 'x'")), "calico.bgp.as-number-required", "/spec/localWorkloadSelector");

    // BGPConfiguration
    String c = "bgpconfiguration.yaml";
    add("standard community part above 16 bits", c, set("/spec/communities/0/value", "70000:1"), "calico.bgp.community",
        "/spec/communities/0/value");
    add("community with four parts", c, set("/spec/communities/1/value", "1:2:3:4"), "calico.bgp.community", "/spec/communities/1/value");
    add("advertised community not defined", c, set("/spec/prefixAdvertisements/0/communities/0", "undefined-name"),
        "calico.bgp.community", "/spec/prefixAdvertisements/0/communities/0");
    add("advertised prefix /33", c, set("/spec/prefixAdvertisements/0/cidr", "192.0.2.0/33"), "calico.bgp.cidr",
        "/spec/prefixAdvertisements/0/cidr");
    add("service cluster IP range /99", c, set("/spec/serviceClusterIPs/0/cidr", "10.96.0.0/99"), "calico.bgp.cidr",
        "/spec/serviceClusterIPs/0/cidr");
    add("mesh password without mesh", c, set("/spec/nodeToNodeMeshEnabled", false), "calico.bgp.mesh-disabled", "/spec/nodeMeshPassword");
    add("dotted AS number above 16 bits", c, set("/spec/asNumber", "65536.1"), "calico.bgp.as-number", "/spec/asNumber");
    add("communities never advertised", c, remove("/spec/prefixAdvertisements"), "calico.bgp.community-unused", "/spec/communities");

    // BGPFilter
    String f = "bgpfilter.yaml";
    add("filter cidr without operator", f, remove("/spec/exportV4/0/matchOperator"), "calico.bgpfilter.match-operator", "/spec/exportV4/0/cidr");
    add("filter operator without cidr", f, set("/spec/exportV4/1/matchOperator", "In"), "calico.bgpfilter.match-operator",
        "/spec/exportV4/1/matchOperator");
    add("filter prefixLength without cidr", f, set("/spec/exportV4/1/prefixLength", Map.of("min", 24)), "calico.bgpfilter.prefix-length",
        "/spec/exportV4/1/prefixLength");
    add("IPv6 cidr in a V4 rule", f, set("/spec/exportV4/0/cidr", "fd00::/8"), "calico.bgpfilter.cidr", "/spec/exportV4/0/cidr");

    // FelixConfiguration
    String x = "felixconfiguration.yaml";
    add("routeTableRange beside routeTableRanges", x, set("/spec/routeTableRange", Map.of("min", 1, "max", 250)),
        "calico.felix.route-table-range", "/spec/routeTableRange");
    add("route table range backwards", x, set("/spec/routeTableRanges/0", Map.of("min", 10, "max", 5)),
        "calico.felix.route-table-range", "/spec/routeTableRanges/0");
    add("route table index 0", x, set("/spec/routeTableRanges/0", Map.of("min", 0, "max", 5)),
        "calico.felix.route-table-range", "/spec/routeTableRanges/0");
    add("route table index above 32 bits", x, set("/spec/routeTableRanges/1", Map.of("min", 1000, "max", 4294967296L)),
        "calico.felix.route-table-range", "/spec/routeTableRanges/1");
    add("route table ranges of more than 65535 tables", x, set("/spec/routeTableRanges/1", Map.of("min", 1000, "max", 70000)),
        "calico.felix.route-table-range", "/spec/routeTableRanges");
    add("single routeTableRange above 250", x, all(remove("/spec/routeTableRanges"), set("/spec/routeTableRange", Map.of("min", 1, "max", 300))),
        "calico.felix.route-table-range", "/spec/routeTableRange");
    add("named node port range", x, set("/spec/kubeNodePortRanges/0", "nodeports"), "calico.felix.node-port-ranges",
        "/spec/kubeNodePortRanges/0");
    add("IPv6 NAT outgoing address", x, set("/spec/natOutgoingAddress", "fd00::1"), "calico.felix.address", "/spec/natOutgoingAddress");
    add("IPv4 device route source for IPv6", x, set("/spec/deviceRouteSourceAddressIPv6", "10.0.0.1"), "calico.felix.address",
        "/spec/deviceRouteSourceAddressIPv6");
    add("OpenStack region with underscore", x, set("/spec/openstackRegion", "Region_One"), "calico.felix.openstack-region",
        "/spec/openstackRegion");
    add("health override name with !", x, set("/spec/healthTimeoutOverrides/0/name", "bad!name"), "calico.felix.health-timeout",
        "/spec/healthTimeoutOverrides/0/name");
    add("negative health timeout", x, set("/spec/healthTimeoutOverrides/1/timeout", "-5s"), "calico.felix.health-timeout",
        "/spec/healthTimeoutOverrides/1/timeout");
    add("failsafe port with ICMP", x, set("/spec/failsafeInboundHostPorts/0/protocol", "ICMP"), "calico.felix.failsafe-protocol",
        "/spec/failsafeInboundHostPorts/0/protocol");
    add("failsafe net not a CIDR", x, set("/spec/failsafeOutboundHostPorts/3/net", "10.20.0.0/99"), "calico.felix.failsafe-net",
        "/spec/failsafeOutboundHostPorts/3/net");
    add("refresh interval in words", x, set("/spec/routeRefreshInterval", "90 seconds"), "calico.duration.invalid",
        "/spec/routeRefreshInterval");
    add("health timeout without unit", x, set("/spec/healthTimeoutOverrides/0/timeout", "120"), "calico.duration.invalid",
        "/spec/healthTimeoutOverrides/0/timeout");
    add("IPv6 external node", x, set("/spec/externalNodesList/0", "fd00::/64"), "calico.felix.external-nodes", "/spec/externalNodesList/0");
    add("v1 Felix configuration interval in words", "crd-felixconfiguration.yaml", set("/spec/reportingInterval", "often"),
        "calico.duration.invalid", "/spec/reportingInterval");

    // HostEndpoint, IPReservation, NetworkSet, GlobalNetworkSet, KubeControllersConfiguration
    String h = "hostendpoint.yaml";
    add("host endpoint without node", h, remove("/spec/node"), "calico.hostendpoint.node", "/spec");
    add("host endpoint without interface or IPs", h, all(remove("/spec/interfaceName"), remove("/spec/expectedIPs")),
        "calico.hostendpoint.interface", "/spec");
    add("interface name of 16 characters", h, set("/spec/interfaceName", "eth0-long-name-x"), "calico.hostendpoint.interface-name",
        "/spec/interfaceName");
    add("expected IP octet 300", h, set("/spec/expectedIPs/0", "10.20.1.300"), "calico.hostendpoint.expected-ip", "/spec/expectedIPs/0");
    add("endpoint port with ICMP", h, set("/spec/ports/0/protocol", "ICMP"), "calico.hostendpoint.port-protocol", "/spec/ports/0/protocol");
    add("reserved CIDR /33", "ipreservation.yaml", set("/spec/reservedCIDRs/0", "10.244.0.0/33"), "calico.ipreservation.cidr",
        "/spec/reservedCIDRs/0");
    add("network set net /40", "networkset.yaml", set("/spec/nets/0", "203.0.113.32/40"), "calico.networkset.net", "/spec/nets/0");
    add("network set with the namespace label", "networkset.yaml", set("/metadata/labels/projectcalico.org~1namespace", "x"),
        "calico.metadata.reserved-label", "/metadata/labels/projectcalico.org~1namespace");
    add("global network set net garbage", "globalnetworkset.yaml", set("/spec/nets/0", "any"), "calico.networkset.net", "/spec/nets/0");
    add("controller reconciler period in words", "kubecontrollersconfiguration.yaml",
        set("/spec/controllers/node/reconcilerPeriod", "5 minutes"), "calico.duration.invalid", "/spec/controllers/node/reconcilerPeriod");
    add("host endpoint template nodeSelector cut short", "kubecontrollersconfiguration.yaml",
        set("/spec/controllers/node/hostEndpoint/templates/1/nodeSelector", "storage =="), "calico.selector.syntax",
        "/spec/controllers/node/hostEndpoint/templates/1/nodeSelector");
  }

  @TestFactory
  Stream<DynamicTest> everyMutantIsCaughtAtItsPlace() {
    return CASES.stream().map(k -> DynamicTest.dynamicTest(k.name() + " -> " + k.rule() + " at " + k.pointer(), () -> {
      ObjectNode base = k.base().get();
      ValidationReport before = k.validator().validate(base.toPrettyString());
      assertThat(before.findings(Severity.ERROR)).as("base of %s:\n%s", k.name(), before.toText()).isEmpty();
      ObjectNode mutant = base.deepCopy();
      k.defect().accept(mutant);
      ValidationReport after = k.validator().validate(mutant.toPrettyString());
      assertThat(after.findings(Severity.ERROR))
          .as("mutant %s:\n%s", k.name(), after.toText())
          .anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(k.rule());
            assertThat(f.path()).isEqualTo(k.pointer());
          });
      count++;
    }));
  }

  @AfterAll
  static void printCount() {
    System.out.println("Calico-rule mutants caught: " + count + " of " + CASES.size());
  }
}
