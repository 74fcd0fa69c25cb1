package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BGPPeer, BGPConfiguration and BGPFilter rules of Calico's API. */
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
    JsonNode spec = c.spec();
    Optional<String> peerIp = DocCheck.text(spec, "peerIP").filter(s -> !s.isEmpty());
    Optional<NetAddr> peerAddr = peerIp.flatMap(BgpRules::peerAddress);
    if (peerIp.isPresent() && peerAddr.isEmpty()) {
      c.error("calico.bgp.peer-ip", "/spec/peerIP", "peerIP " + DocCheck.q(peerIp.get()) + " is not an address,"
          + " \"IPv4:port\" or \"[IPv6]:port\" (port 1 to 65535)");
    }
    JsonNode as = spec.get("asNumber");
    if (as != null && !as.isNull()) {
      AsNumbers.problem(as).ifPresent(why -> c.error("calico.bgp.as-number", "/spec/asNumber", why));
    }
    boolean peerSelector = DocCheck.nonEmpty(spec, "peerSelector");
    boolean localWorkload = DocCheck.nonEmpty(spec, "localWorkloadSelector");
    if (DocCheck.nonEmpty(spec, "node") && DocCheck.nonEmpty(spec, "nodeSelector")) {
      c.error("calico.bgp.node-and-selector", "/spec/node", "node and nodeSelector exclude each other: set one");
    }
    if (peerIp.isPresent() && peerSelector) {
      c.error("calico.bgp.peer-ip-and-selector", "/spec/peerIP", "peerIP and peerSelector exclude each other: set one");
    }
    if (AsNumbers.set(spec, "asNumber") && peerSelector) {
      c.error("calico.bgp.as-number-with-selector", "/spec/asNumber", "asNumber must be empty with a peerSelector"
          + " (the selected nodes' own AS numbers apply)");
    }
    if (localWorkload && !AsNumbers.set(spec, "asNumber")) {
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
    Optional<String> reachableBy = DocCheck.text(spec, "reachableBy").filter(s -> !s.isEmpty());
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
    if (DocCheck.isTrue(spec, "keepOriginalNextHop") && DocCheck.present(spec, "nextHopMode")) {
      c.error("calico.bgp.keep-original-next-hop", "/spec/keepOriginalNextHop", "keepOriginalNextHop is"
          + " deprecated and must not be true when nextHopMode is set");
    }
  }

  static void checkConfiguration(DocCheck c) {
    JsonNode spec = c.spec();
    JsonNode as = spec.get("asNumber");
    if (as != null && !as.isNull()) {
      AsNumbers.problem(as).ifPresent(why -> c.error("calico.bgp.as-number", "/spec/asNumber", why));
    }
    for (String field : new String[] {"serviceClusterIPs", "serviceExternalIPs", "serviceLoadBalancerIPs"}) {
      JsonNode list = spec.path(field);
      for (int i = 0; i < list.size(); i++) {
        String text = list.get(i).path("cidr").asText("");
        if (!text.isEmpty() && Networks.cidrOrIp(text).isEmpty()) {
          c.error("calico.bgp.cidr", Pointer.at("/spec", field, i, "cidr"), DocCheck.q(text)
              + " is not an IPv4 or IPv6 CIDR");
        }
      }
    }
    JsonNode communities = spec.path("communities");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < communities.size(); i++) {
      names.add(communities.get(i).path("name").asText(""));
      String value = communities.get(i).path("value").asText("");
      String p = Pointer.at("/spec/communities", i, "value");
      communityProblem(value).ifPresent(why -> c.error("calico.bgp.community", p, why));
    }
    JsonNode adverts = spec.path("prefixAdvertisements");
    if (communities.size() > 0 && adverts.size() == 0) {
      c.error("calico.bgp.community-unused", "/spec/communities", "communities are defined but no"
          + " prefixAdvertisement uses them");
    }
    for (int i = 0; i < adverts.size(); i++) {
      JsonNode a = adverts.get(i);
      String cidr = a.path("cidr").asText("");
      if (!cidr.isEmpty() && Networks.cidrOrIp(cidr).isEmpty()) {
        c.error("calico.bgp.cidr", Pointer.at("/spec/prefixAdvertisements", i, "cidr"), DocCheck.q(cidr)
            + " is not an IPv4 or IPv6 CIDR");
      }
      JsonNode used = a.path("communities");
      for (int j = 0; j < used.size(); j++) {
        String v = used.get(j).asText("");
        boolean literal = STANDARD_COMMUNITY.matcher(v).matches() || LARGE_COMMUNITY.matcher(v).matches();
        if (literal) {
          int jj = j;
          int ii = i;
          communityProblem(v).ifPresent(why ->
              c.error("calico.bgp.community", Pointer.at("/spec/prefixAdvertisements", ii, "communities", jj), why));
        } else if (!names.contains(v)) {
          c.error("calico.bgp.community", Pointer.at("/spec/prefixAdvertisements", i, "communities", j),
              "community " + DocCheck.q(v) + " is neither a value aa:nn or aa:nn:mm nor the name of a community"
                  + " defined in spec.communities");
        }
      }
    }
    JsonNode mesh = spec.get("nodeToNodeMeshEnabled");
    if (mesh != null && mesh.isBoolean() && !mesh.asBoolean()) {
      for (String field : new String[] {"nodeMeshPassword", "nodeMeshMaxRestartTime"}) {
        if (DocCheck.present(spec, field)) {
          c.error("calico.bgp.mesh-disabled", "/spec/" + field, field + " has no effect and is rejected while"
              + " nodeToNodeMeshEnabled is false");
        }
      }
    }
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

  static void checkFilter(DocCheck c) {
    for (String field : new String[] {"exportV4", "importV4", "exportV6", "importV6"}) {
      JsonNode rules = c.spec().path(field);
      boolean v4 = field.endsWith("V4");
      for (int i = 0; i < rules.size(); i++) {
        JsonNode r = rules.get(i);
        String p = Pointer.at("/spec", field, i);
        String cidr = r.path("cidr").asText("");
        String op = r.path("matchOperator").asText("");
        if (!cidr.isEmpty() && op.isEmpty()) {
          c.error("calico.bgpfilter.match-operator", Pointer.at(p, "cidr"), "a cidr needs a matchOperator");
        }
        if (cidr.isEmpty() && !op.isEmpty()) {
          c.error("calico.bgpfilter.match-operator", Pointer.at(p, "matchOperator"), "a matchOperator needs a cidr");
        }
        if (cidr.isEmpty() && DocCheck.present(r, "prefixLength")) {
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
}
