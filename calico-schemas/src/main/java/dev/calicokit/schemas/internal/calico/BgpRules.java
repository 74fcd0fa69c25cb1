package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.calico.BGPConfiguration;
import dev.calicokit.model.calico.BGPConfigurationSpec;
import dev.calicokit.model.calico.BGPFilter;
import dev.calicokit.model.calico.BGPFilterMatchOperator;
import dev.calicokit.model.calico.BGPFilterRuleV4;
import dev.calicokit.model.calico.BGPFilterRuleV6;
import dev.calicokit.model.calico.BGPFilterSpec;
import dev.calicokit.model.calico.BGPPeer;
import dev.calicokit.model.calico.BGPPeerSpec;
import dev.calicokit.model.calico.Community;
import dev.calicokit.model.calico.PrefixAdvertisement;
import dev.calicokit.model.calico.ServiceClusterIPBlock;
import dev.calicokit.model.calico.ServiceExternalIPBlock;
import dev.calicokit.model.calico.ServiceLoadBalancerIPBlock;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.model.values.Selector;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BGPPeer, BGPConfiguration and BGPFilter rules of Calico's API. Reads the typed resources, but for AS numbers. */
final class BgpRules {
  private static final Pattern V4_PORT = Pattern.compile("([0-9.]+):([0-9]+)");
  private static final Pattern V6_PORT = Pattern.compile("\\[([0-9a-fA-F:.]+)\\]:([0-9]+)");
  private static final Pattern STANDARD_COMMUNITY = Pattern.compile("([0-9]+):([0-9]+)");
  private static final Pattern LARGE_COMMUNITY = Pattern.compile("([0-9]+):([0-9]+):([0-9]+)");

  private BgpRules() {}

  /** The address of a peerIP written as an address, "ipv4:port" or "[ipv6]:port"; empty when malformed. */
  static Optional<NetAddr> peerAddress(String text) {
    Matcher m4 = V4_PORT.matcher(text);
    Matcher m6 = V6_PORT.matcher(text);
    String addr = text;
    String port = null;
    if (m4.matches()) {
      addr = m4.group(1);
      port = m4.group(2);
    } else if (m6.matches()) {
      addr = m6.group(1);
      port = m6.group(2);
    }
    if (port != null && (port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535)) {
      return Optional.empty();
    }
    return Networks.ip(addr);
  }

  static void checkPeer(DocCheck c) {
    Optional<BGPPeerSpec> typed = c.resource(BGPPeer.class).map(BGPPeer::spec);
    Optional<String> peerIp = typed.flatMap(BGPPeerSpec::peerIP).filter(s -> !s.isEmpty());
    Optional<NetAddr> peerAddr = peerIp.flatMap(BgpRules::peerAddress);
    if (peerIp.isPresent() && peerAddr.isEmpty()) {
      c.error("calico.bgp.peer-ip", "/spec/peerIP", "peerIP " + DocCheck.q(peerIp.get()) + " is not an address,"
          + " \"IPv4:port\" or \"[IPv6]:port\" (port 1 to 65535)");
    }
    checkAsNumber(c);
    if (typed.isEmpty()) {
      return;
    }
    BGPPeerSpec spec = typed.get();
    boolean peerSelector = written(spec.peerSelector());
    boolean localWorkload = written(spec.localWorkloadSelector());
    boolean asNumber = spec.asNumber().filter(n -> n != 0).isPresent();
    if (!spec.node().orElse("").isEmpty() && written(spec.nodeSelector())) {
      c.error("calico.bgp.node-and-selector", "/spec/node", "node and nodeSelector exclude each other: set one");
    }
    if (peerIp.isPresent() && peerSelector) {
      c.error("calico.bgp.peer-ip-and-selector", "/spec/peerIP", "peerIP and peerSelector exclude each other: set one");
    }
    if (asNumber && peerSelector) {
      c.error("calico.bgp.as-number-with-selector", "/spec/asNumber", "asNumber must be empty with a peerSelector"
          + " (the selected nodes' own AS numbers apply)");
    }
    if (localWorkload && !asNumber) {
      c.error("calico.bgp.as-number-required", "/spec/localWorkloadSelector", "a peering with local workloads"
          + " needs asNumber");
    }
    if (localWorkload && peerIp.isPresent()) {
      c.error("calico.bgp.local-workload-conflict", "/spec/peerIP", "peerIP must be empty with a localWorkloadSelector");
    }
    if (localWorkload && peerSelector) {
      c.error("calico.bgp.local-workload-conflict", "/spec/peerSelector", "peerSelector must be empty with a"
          + " localWorkloadSelector");
    }
    Optional<String> reachableBy = spec.reachableBy().filter(s -> !s.isEmpty());
    if (reachableBy.isPresent()) {
      Optional<NetAddr> gateway = Networks.ip(reachableBy.get());
      if (peerIp.isEmpty()) {
        c.error("calico.bgp.reachable-by", "/spec/reachableBy", "reachableBy needs a peerIP");
      } else if (gateway.isEmpty()) {
        c.error("calico.bgp.reachable-by", "/spec/reachableBy", "reachableBy " + DocCheck.q(reachableBy.get())
            + " is not an IP address");
      } else if (peerAddr.isPresent() && gateway.get().is4() != peerAddr.get().is4()) {
        c.error("calico.bgp.reachable-by", "/spec/reachableBy", "reachableBy and peerIP must be of one IP family");
      }
    }
    if (spec.keepOriginalNextHop().orElse(false) && spec.nextHopMode().isPresent()) {
      c.error("calico.bgp.keep-original-next-hop", "/spec/keepOriginalNextHop", "keepOriginalNextHop is"
          + " deprecated and must not be true when nextHopMode is set");
    }
  }

  private static boolean written(Optional<Selector> selector) {
    return selector.filter(s -> !s.text().isEmpty()).isPresent();
  }

  /**
   * Reads the tree: Calico also takes an AS number in the dotted form "high.low", a string that the
   * model's number (the CRD's integer) cannot hold, so a document that writes one has no typed form.
   */
  private static void checkAsNumber(DocCheck c) {
    JsonNode as = c.spec().get("asNumber");
    if (as != null && !as.isNull()) {
      AsNumbers.problem(as).ifPresent(why -> c.error("calico.bgp.as-number", "/spec/asNumber", why));
    }
  }

  static void checkConfiguration(DocCheck c) {
    checkAsNumber(c);
    Optional<BGPConfigurationSpec> typed = c.resource(BGPConfiguration.class).map(BGPConfiguration::spec);
    if (typed.isEmpty()) {
      return;
    }
    BGPConfigurationSpec spec = typed.get();
    serviceCidrs(c, "serviceClusterIPs", spec.serviceClusterIPs().stream().map(ServiceClusterIPBlock::cidr).toList());
    serviceCidrs(c, "serviceExternalIPs", spec.serviceExternalIPs().stream().map(ServiceExternalIPBlock::cidr).toList());
    serviceCidrs(c, "serviceLoadBalancerIPs",
        spec.serviceLoadBalancerIPs().stream().map(ServiceLoadBalancerIPBlock::cidr).toList());
    List<Community> communities = spec.communities();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < communities.size(); i++) {
      names.add(communities.get(i).name().orElse(""));
      String value = communities.get(i).value().orElse("");
      String p = Pointer.at("/spec/communities", i, "value");
      communityProblem(value).ifPresent(why -> c.error("calico.bgp.community", p, why));
    }
    List<PrefixAdvertisement> adverts = spec.prefixAdvertisements();
    if (!communities.isEmpty() && adverts.isEmpty()) {
      c.error("calico.bgp.community-unused", "/spec/communities", "communities are defined but no"
          + " prefixAdvertisement uses them");
    }
    for (int i = 0; i < adverts.size(); i++) {
      PrefixAdvertisement a = adverts.get(i);
      String cidr = a.cidr().map(Cidr::text).orElse("");
      if (!cidr.isEmpty() && Networks.cidrOrIp(cidr).isEmpty()) {
        c.error("calico.bgp.cidr", Pointer.at("/spec/prefixAdvertisements", i, "cidr"), DocCheck.q(cidr)
            + " is not an IPv4 or IPv6 CIDR");
      }
      List<String> used = a.communities();
      for (int j = 0; j < used.size(); j++) {
        String v = used.get(j);
        String p = Pointer.at("/spec/prefixAdvertisements", i, "communities", j);
        boolean literal = STANDARD_COMMUNITY.matcher(v).matches() || LARGE_COMMUNITY.matcher(v).matches();
        if (literal) {
          communityProblem(v).ifPresent(why -> c.error("calico.bgp.community", p, why));
        } else if (!names.contains(v)) {
          c.error("calico.bgp.community", p, "community " + DocCheck.q(v) + " is neither a value aa:nn or aa:nn:mm"
              + " nor the name of a community defined in spec.communities");
        }
      }
    }
    if (!spec.nodeToNodeMeshEnabled().orElse(true)) {
      if (spec.nodeMeshPassword().isPresent()) {
        meshDisabled(c, "nodeMeshPassword");
      }
      if (spec.nodeMeshMaxRestartTime().isPresent()) {
        meshDisabled(c, "nodeMeshMaxRestartTime");
      }
    }
  }

  private static void serviceCidrs(DocCheck c, String field, List<Optional<Cidr>> cidrs) {
    for (int i = 0; i < cidrs.size(); i++) {
      String text = cidrs.get(i).map(Cidr::text).orElse("");
      if (!text.isEmpty() && Networks.cidrOrIp(text).isEmpty()) {
        c.error("calico.bgp.cidr", Pointer.at("/spec", field, i, "cidr"), DocCheck.q(text) + " is not an IPv4 or IPv6 CIDR");
      }
    }
  }

  private static void meshDisabled(DocCheck c, String field) {
    c.error("calico.bgp.mesh-disabled", "/spec/" + field, field + " has no effect and is rejected while"
        + " nodeToNodeMeshEnabled is false");
  }

  /** Why a community value is not aa:nn (16-bit parts) or aa:nn:mm (32-bit parts), if it is not. */
  static Optional<String> communityProblem(String value) {
    boolean standard = STANDARD_COMMUNITY.matcher(value).matches();
    boolean large = LARGE_COMMUNITY.matcher(value).matches();
    if (!standard && !large) {
      return Optional.of("community " + DocCheck.q(value) + " is not aa:nn (standard) or aa:nn:mm (large)");
    }
    long max = standard ? 0xFFFFL : 0xFFFFFFFFL;
    for (String part : value.split(":")) {
      if (part.length() > 10 || Long.parseLong(part) > max) {
        return Optional.of("community " + DocCheck.q(value) + " has a part above " + max + ": "
            + (standard ? "standard communities hold 16-bit parts" : "large communities hold 32-bit parts"));
      }
    }
    return Optional.empty();
  }

  /** The fields of a BGPFilter rule that the rules read, alike for the model's V4 and V6 rule types. */
  private record FilterRule(Optional<Cidr> cidr, Optional<BGPFilterMatchOperator> matchOperator, boolean prefixLength) {}

  static void checkFilter(DocCheck c) {
    Optional<BGPFilterSpec> typed = c.resource(BGPFilter.class).map(BGPFilter::spec);
    if (typed.isEmpty()) {
      return;
    }
    BGPFilterSpec spec = typed.get();
    checkFilterRules(c, "exportV4", spec.exportV4().stream().map(BgpRules::v4).toList());
    checkFilterRules(c, "importV4", spec.importV4().stream().map(BgpRules::v4).toList());
    checkFilterRules(c, "exportV6", spec.exportV6().stream().map(BgpRules::v6).toList());
    checkFilterRules(c, "importV6", spec.importV6().stream().map(BgpRules::v6).toList());
  }

  private static FilterRule v4(BGPFilterRuleV4 r) {
    return new FilterRule(r.cidr(), r.matchOperator(), r.prefixLength().isPresent());
  }

  private static FilterRule v6(BGPFilterRuleV6 r) {
    return new FilterRule(r.cidr(), r.matchOperator(), r.prefixLength().isPresent());
  }

  private static void checkFilterRules(DocCheck c, String field, List<FilterRule> rules) {
    boolean v4 = field.endsWith("V4");
    for (int i = 0; i < rules.size(); i++) {
      FilterRule r = rules.get(i);
      String p = Pointer.at("/spec", field, i);
      String cidr = r.cidr().map(Cidr::text).orElse("");
      String op = r.matchOperator().map(BGPFilterMatchOperator::value).orElse("");
      if (!cidr.isEmpty() && op.isEmpty()) {
        c.error("calico.bgpfilter.match-operator", Pointer.at(p, "cidr"), "a cidr needs a matchOperator");
      }
      if (cidr.isEmpty() && !op.isEmpty()) {
        c.error("calico.bgpfilter.match-operator", Pointer.at(p, "matchOperator"), "a matchOperator needs a cidr");
      }
      if (cidr.isEmpty() && r.prefixLength()) {
        c.error("calico.bgpfilter.prefix-length", Pointer.at(p, "prefixLength"), "a prefixLength needs a cidr");
      }
      if (!cidr.isEmpty()) {
        Optional<NetPrefix> parsed = Networks.cidrOrIp(cidr);
        if (parsed.isEmpty() || parsed.get().is4() != v4) {
          c.error("calico.bgpfilter.cidr", Pointer.at(p, "cidr"), DocCheck.q(cidr) + " is not an "
              + (v4 ? "IPv4" : "IPv6") + " CIDR, as " + field + " rules need");
        }
      }
    }
  }
}
