package dev.calicokit.schemas.valid;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.ObjectMeta;
import dev.calicokit.model.calico.Action;
import dev.calicokit.model.calico.BGPConfiguration;
import dev.calicokit.model.calico.BGPConfigurationSpec;
import dev.calicokit.model.calico.BGPPeer;
import dev.calicokit.model.calico.BGPPeerSpec;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.GlobalNetworkPolicySpec;
import dev.calicokit.model.calico.GlobalNetworkSet;
import dev.calicokit.model.calico.GlobalNetworkSetSpec;
import dev.calicokit.model.calico.HostEndpoint;
import dev.calicokit.model.calico.HostEndpointSpec;
import dev.calicokit.model.calico.ICMPFields;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.IPPoolSpec;
import dev.calicokit.model.calico.NetworkPolicy;
import dev.calicokit.model.calico.NetworkPolicySpec;
import dev.calicokit.model.calico.NetworkSet;
import dev.calicokit.model.calico.NetworkSetSpec;
import dev.calicokit.model.calico.PolicyType;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.calico.Tier;
import dev.calicokit.model.calico.TierSpec;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.IpAddress;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import dev.calicokit.model.values.Selector;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of resources that Calico accepts: every value is drawn from what the CRD schemas,
 * their CEL rules and Calico's validator allow (names are DNS labels, pools have block sizes that fit
 * their family and prefix, IP-in-IP only on IPv4, ports only with TCP/UDP/SCTP, ICMP codes only with a
 * type, selectors in Calico's grammar). The validator must find no error in any of them.
 */
public final class ValidResources {
  private ValidResources() {}

  /** Any of the kinds below. */
  public static Arbitrary<CalicoResource> any() {
    return Arbitraries.oneOf(List.of(
        ipv4Pool().map(CalicoResource.class::cast), ipv6Pool().map(CalicoResource.class::cast),
        networkPolicy().map(CalicoResource.class::cast), globalNetworkPolicy().map(CalicoResource.class::cast),
        globalNetworkSet().map(CalicoResource.class::cast), networkSet().map(CalicoResource.class::cast),
        bgpPeer().map(CalicoResource.class::cast), bgpConfiguration().map(CalicoResource.class::cast),
        hostEndpoint().map(CalicoResource.class::cast), tier().map(CalicoResource.class::cast)));
  }

  /** A DNS label: lower-case letters, digits and inner dashes, at most 63 characters. */
  static Arbitrary<String> name() {
    Arbitrary<String> core = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(0).ofMaxLength(20);
    Arbitrary<Character> edge = Arbitraries.of("abcdefghijklmnopqrstuvwxyz0123456789".chars().mapToObj(c -> (char) c).toList());
    return Combinators.combine(edge, core, edge).as((a, b, c) -> a + b + c);
  }

  static Arbitrary<String> labelKey() {
    return Arbitraries.of("app", "tier", "role", "team", "env", "k8s-app", "projectcalico.org/name", "color");
  }

  static Arbitrary<String> labelValue() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(1).ofMaxLength(12);
  }

  /** A selector in Calico's grammar: comparisons, set tests and has(), joined by && and ||. */
  static Arbitrary<String> selector() {
    Arbitrary<String> term = Arbitraries.oneOf(List.of(
        Combinators.combine(labelKey(), labelValue()).as((k, v) -> k + " == '" + v + "'"),
        Combinators.combine(labelKey(), labelValue()).as((k, v) -> k + " != \"" + v + "\""),
        labelKey().map(k -> "has(" + k + ")"),
        labelKey().map(k -> "!has(" + k + ")"),
        Combinators.combine(labelKey(), labelValue(), labelValue()).as((k, a, b) -> k + " in {'" + a + "', '" + b + "'}"),
        Combinators.combine(labelKey(), labelValue()).as((k, v) -> k + " not in {'" + v + "'}"),
        Combinators.combine(labelKey(), labelValue()).as((k, v) -> k + " starts with '" + v + "'"),
        Arbitraries.just("all()")));
    return Combinators.combine(term, term, Arbitraries.of(" && ", " || ", ""))
        .as((a, b, op) -> op.isEmpty() ? a : "(" + a + ")" + op + b);
  }

  static Arbitrary<String> ipv4Cidr(int minPrefix, int maxPrefix) {
    return Combinators.combine(Arbitraries.integers().between(1, 223), Arbitraries.integers().between(0, 255),
            Arbitraries.integers().between(minPrefix, maxPrefix))
        .as((a, b, p) -> Cidr.of(a + "." + b + ".0.0/" + p).canonical());
  }

  static Arbitrary<String> ipv6Cidr(int minPrefix, int maxPrefix) {
    return Combinators.combine(Arbitraries.integers().between(0, 0xffff), Arbitraries.integers().between(minPrefix, maxPrefix))
        .as((a, p) -> Cidr.of("fd00:" + Integer.toHexString(a) + "::/" + p).canonical());
  }

  static Arbitrary<IPPool> ipv4Pool() {
    Arbitrary<Integer> prefix = Arbitraries.integers().between(8, 28);
    return Combinators.combine(name(), Arbitraries.integers().between(1, 223), Arbitraries.integers().between(0, 255), prefix,
            Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 3), Arbitraries.of(true, false), selector())
        .as((n, a, b, p, blockExtra, encap, nat, sel) -> {
          int block = Math.min(32, Math.max(20, p) + blockExtra);
          EncapsulationMode mode = List.of(EncapsulationMode.NEVER, EncapsulationMode.ALWAYS, EncapsulationMode.CROSS_SUBNET)
              .get(encap % 3);
          IPPoolSpec.Builder spec = IPPoolSpec.builder()
              .cidr(Cidr.of(Cidr.of(a + "." + b + ".0.0/" + p).canonical()))
              .blockSize((long) block)
              .natOutgoing(nat)
              .nodeSelector(Selector.of(sel));
          // IP-in-IP and VXLAN are never both on: one of them carries the mode, the other stays Never.
          if (encap == 3) {
            spec.vxlanMode(mode).ipipMode(EncapsulationMode.NEVER);
          } else {
            spec.ipipMode(mode).vxlanMode(EncapsulationMode.NEVER);
          }
          return IPPool.builder().metadata(ObjectMeta.named(n)).spec(spec.build()).build();
        });
  }

  static Arbitrary<IPPool> ipv6Pool() {
    return Combinators.combine(name(), Arbitraries.integers().between(0, 0xffff), Arbitraries.integers().between(48, 116),
            Arbitraries.integers().between(0, 12), Arbitraries.of(EncapsulationMode.NEVER, EncapsulationMode.ALWAYS, EncapsulationMode.CROSS_SUBNET))
        .as((n, hex, p, blockExtra, vxlan) -> IPPool.builder()
            .metadata(ObjectMeta.named(n))
            .spec(IPPoolSpec.builder()
                .cidr(Cidr.of(Cidr.of("fd00:" + Integer.toHexString(hex) + "::/" + p).canonical()))
                .blockSize((long) Math.min(128, Math.max(116, p) + blockExtra))
                .vxlanMode(vxlan)
                .build())
            .build());
  }

  static Arbitrary<Port> port() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.integers().between(1, 65535).map(Port::number),
        Arbitraries.integers().between(1, 65000).flatMap(low ->
            Arbitraries.integers().between(low, Math.min(65535, low + 500)).map(high -> Port.range(low, high))),
        Arbitraries.of("http", "https", "metrics", "dns-tcp", "grpc").map(Port::named)));
  }

  static Arbitrary<EntityRule> entity(boolean withPorts) {
    Arbitrary<EntityRule> base = Arbitraries.oneOf(List.of(
        selector().map(EntityRule::selecting),
        ipv4Cidr(8, 32).list().uniqueElements().ofMinSize(1).ofMaxSize(3).map(l -> EntityRule.inNets(l.toArray(String[]::new))),
        Combinators.combine(selector(), selector()).as((s, ns) -> EntityRule.selecting(s).withNamespaceSelector(Selector.of(ns)))));
    if (!withPorts) {
      return base;
    }
    return Combinators.combine(base, port().list().uniqueElements().ofMinSize(1).ofMaxSize(3)).as((e, ports) -> e.withPorts(ports));
  }

  /** A rule: ports only with TCP, UDP or SCTP; ICMP type 0..254, code 0..255 and only with a type. */
  static Arbitrary<Rule> rule() {
    Arbitrary<Rule> withPorts = Combinators.combine(Arbitraries.of(Protocol.TCP, Protocol.UDP, Protocol.SCTP), entity(false), entity(true))
        .as((proto, src, dst) -> Rule.allow().withProtocol(proto).withSource(src).withDestination(dst));
    Arbitrary<Rule> icmp = Combinators.combine(Arbitraries.longs().between(0, 254), Arbitraries.longs().between(0, 255), entity(false))
        .as((type, code, src) -> Rule.deny().withProtocol(Protocol.ICMP)
            .withIcmp(ICMPFields.builder().type(type).code(code).build()).withSource(src));
    Arbitrary<Rule> plain = Combinators.combine(Arbitraries.of(Action.ALLOW, Action.DENY, Action.LOG, Action.PASS), entity(false))
        .as((action, dst) -> Rule.builder().action(action).destination(dst).build());
    return Arbitraries.oneOf(List.of(withPorts, icmp, plain));
  }

  static Arbitrary<NetworkPolicy> networkPolicy() {
    return Combinators.combine(name(), name(), Arbitraries.integers().between(0, 10000), selector(),
            rule().list().ofMaxSize(4), rule().list().ofMaxSize(4))
        .as((ns, n, order, sel, in, out) -> NetworkPolicy.builder()
            .metadata(ObjectMeta.named(ns, n))
            .spec(NetworkPolicySpec.builder()
                .order(BigDecimal.valueOf(order))
                .selector(Selector.of(sel))
                .ingress(in)
                .egress(out)
                .addTypes(PolicyType.INGRESS, PolicyType.EGRESS)
                .build())
            .build());
  }

  static Arbitrary<GlobalNetworkPolicy> globalNetworkPolicy() {
    return Combinators.combine(name(), Arbitraries.integers().between(0, 10000), selector(), rule().list().ofMaxSize(4))
        .as((n, order, sel, in) -> GlobalNetworkPolicy.builder()
            .metadata(ObjectMeta.named(n))
            .spec(GlobalNetworkPolicySpec.builder()
                .order(BigDecimal.valueOf(order, 1))
                .selector(Selector.of(sel))
                .ingress(in)
                .addTypes(PolicyType.INGRESS)
                .build())
            .build());
  }

  static Arbitrary<GlobalNetworkSet> globalNetworkSet() {
    return Combinators.combine(name(), Arbitraries.oneOf(List.of(ipv4Cidr(8, 32), ipv6Cidr(48, 128))).list().uniqueElements().ofMinSize(1).ofMaxSize(5))
        .as((n, nets) -> GlobalNetworkSet.builder().metadata(ObjectMeta.named(n))
            .spec(GlobalNetworkSetSpec.builder().nets(nets.stream().map(Cidr::of).toList()).build()).build());
  }

  static Arbitrary<NetworkSet> networkSet() {
    return Combinators.combine(name(), name(), ipv4Cidr(8, 32).list().uniqueElements().ofMinSize(1).ofMaxSize(5))
        .as((ns, n, nets) -> NetworkSet.builder().metadata(ObjectMeta.named(ns, n))
            .spec(NetworkSetSpec.builder().nets(nets.stream().map(Cidr::of).toList()).build()).build());
  }

  static Arbitrary<BGPPeer> bgpPeer() {
    Arbitrary<BGPPeer> byIp = Combinators.combine(name(), Arbitraries.integers().between(1, 255), Arbitraries.integers().between(1, 65000))
        .as((n, host, as) -> BGPPeer.builder().metadata(ObjectMeta.named(n))
            .spec(BGPPeerSpec.builder().peerIP("192.0.2." + host).asNumber((long) as).build()).build());
    Arbitrary<BGPPeer> bySelector = Combinators.combine(name(), selector(), selector())
        .as((n, nodes, peers) -> BGPPeer.builder().metadata(ObjectMeta.named(n))
            .spec(BGPPeerSpec.builder().nodeSelector(Selector.of(nodes)).peerSelector(Selector.of(peers)).build()).build());
    return Arbitraries.oneOf(List.of(byIp, bySelector));
  }

  static Arbitrary<BGPConfiguration> bgpConfiguration() {
    return Combinators.combine(Arbitraries.integers().between(1, 65535), Arbitraries.of(true, false),
            ipv4Cidr(12, 24).list().ofMaxSize(2))
        .as((as, mesh, ips) -> BGPConfiguration.builder().metadata(ObjectMeta.named("default"))
            .spec(BGPConfigurationSpec.builder().asNumber((long) as).nodeToNodeMeshEnabled(mesh).build()).build());
  }

  static Arbitrary<HostEndpoint> hostEndpoint() {
    return Combinators.combine(name(), name(), Arbitraries.of("eth0", "ens3", "bond0"), Arbitraries.integers().between(1, 254))
        .as((n, node, itf, host) -> HostEndpoint.builder().metadata(ObjectMeta.named(n))
            .spec(HostEndpointSpec.builder().node(node).interfaceName(itf)
                .addExpectedIP(IpAddress.of("198.51.100." + host)).build()).build());
  }

  static Arbitrary<Tier> tier() {
    return Combinators.combine(name(), Arbitraries.integers().between(1, 999))
        .filter((n, order) -> !n.equals("default") && !n.equals("adminnetworkpolicy") && !n.equals("baselineadminnetworkpolicy"))
        .as((n, order) -> Tier.builder().metadata(ObjectMeta.named(n))
            .spec(TierSpec.builder().order(BigDecimal.valueOf(order)).build()).build());
  }
}
