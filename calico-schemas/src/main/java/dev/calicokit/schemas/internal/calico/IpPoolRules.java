package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.values.NetPrefix;
import java.util.Optional;

/**
 * IPPool rules of Calico's API: a parsable, strictly masked CIDR outside the link-local ranges, block
 * sizes within the family's range and no larger than the pool, IP-in-IP only on IPv4, not both IP-in-IP
 * and VXLAN, and the constraints of load-balancer pools.
 */
final class IpPoolRules {
  private IpPoolRules() {}

  static void check(DocCheck c) {
    JsonNode spec = c.spec();
    Optional<String> text = DocCheck.text(spec, "cidr");
    if (text.isEmpty()) {
      return; // a missing cidr is a structural error
    }
    Optional<NetPrefix> parsed = Networks.cidrOrIp(text.get());
    if (parsed.isEmpty()) {
      c.error("calico.ippool.cidr", "/spec/cidr", "cidr " + DocCheck.q(text.get())
          + " is not an IPv4 or IPv6 network such as 192.168.0.0/16 or fd00:10::/64");
      return;
    }
    NetPrefix cidr = parsed.get();
    if (!Networks.strictlyMasked(cidr)) {
      c.error("calico.ippool.cidr-not-masked", "/spec/cidr", "cidr " + DocCheck.q(text.get())
          + " has host bits set: the network is " + cidr.masked());
    }
    if (Networks.overlap(cidr, cidr.is4() ? Networks.V4_LINK_LOCAL : Networks.V6_LINK_LOCAL)) {
      c.error("calico.ippool.link-local", "/spec/cidr", "cidr " + DocCheck.q(text.get()) + " overlaps the "
          + (cidr.is4() ? "IPv4 link-local range 169.254.0.0/16" : "IPv6 link-local range fe80::/10"));
    }
    checkBlockSize(c, spec, cidr);
    checkEncapsulation(c, spec, cidr);
    checkAllowedUses(c, spec);
  }

  private static void checkBlockSize(DocCheck c, JsonNode spec, NetPrefix cidr) {
    JsonNode bs = spec.get("blockSize");
    int blockSize;
    if (bs == null || bs.isNull()) {
      blockSize = cidr.is4() ? IPPool.DEFAULT_IPV4_BLOCK_SIZE : IPPool.DEFAULT_IPV6_BLOCK_SIZE;
    } else if (bs.isIntegralNumber()) {
      blockSize = bs.asInt();
      int min = cidr.is4() ? 20 : 116;
      int max = cidr.is4() ? 32 : 128;
      if (blockSize < min || blockSize > max) {
        c.error("calico.ippool.block-size", "/spec/blockSize", Networks.family(cidr) + " block size " + blockSize
            + " is out of range: expected " + min + " to " + max);
        return;
      }
    } else {
      return; // the structure layer reports a block size that is not an integer
    }
    if (!DocCheck.isTrue(spec, "disabled") && cidr.bits() > blockSize) {
      c.error("calico.ippool.block-size-vs-cidr", "/spec/cidr", "pool " + cidr.masked()
          + " is smaller than one block of /" + blockSize + ": the prefix length must be at most the block size");
    }
  }

  private static boolean enabled(Optional<String> mode) {
    return mode.isPresent() && (mode.get().equals("Always") || mode.get().equals("CrossSubnet"));
  }

  private static void checkEncapsulation(DocCheck c, JsonNode spec, NetPrefix cidr) {
    Optional<String> ipip = DocCheck.text(spec, "ipipMode");
    Optional<String> vxlan = DocCheck.text(spec, "vxlanMode");
    // The v1 CRD also carries the older ipip: {enabled, mode} form.
    JsonNode legacy = spec.path("ipip");
    boolean legacyIpip = DocCheck.isTrue(legacy, "enabled");
    if (cidr.is6() && enabled(ipip)) {
      c.error("calico.ippool.ipip-ipv6", "/spec/ipipMode", "IP-in-IP works on IPv4 pools only: ipipMode must be"
          + " Never on the IPv6 pool " + cidr.masked());
    } else if (cidr.is6() && legacyIpip) {
      c.error("calico.ippool.ipip-ipv6", "/spec/ipip/enabled", "IP-in-IP works on IPv4 pools only: it must not"
          + " be enabled on the IPv6 pool " + cidr.masked());
    }
    if (enabled(ipip) && enabled(vxlan)) {
      c.error("calico.ippool.ipip-and-vxlan", "/spec/vxlanMode", "a pool uses one encapsulation: ipipMode "
          + ipip.get() + " and vxlanMode " + vxlan.get() + " cannot both be enabled");
    }
  }

  private static void checkAllowedUses(DocCheck c, JsonNode spec) {
    JsonNode uses = spec.path("allowedUses");
    boolean loadBalancer = false;
    for (JsonNode u : uses) {
      loadBalancer |= u.asText().equals("LoadBalancer");
    }
    if (!loadBalancer) {
      return;
    }
    for (int i = 0; i < uses.size(); i++) {
      String u = uses.get(i).asText();
      if (u.equals("Workload") || u.equals("Tunnel")) {
        c.error("calico.ippool.allowed-uses", Pointer.at("/spec/allowedUses", i), "allowed use " + u
            + " cannot be combined with LoadBalancer on one pool");
      }
    }
    if (enabled(DocCheck.text(spec, "ipipMode")) || enabled(DocCheck.text(spec, "vxlanMode"))) {
      String field = enabled(DocCheck.text(spec, "ipipMode")) ? "ipipMode" : "vxlanMode";
      c.error("calico.ippool.loadbalancer-encapsulation", "/spec/" + field, "a LoadBalancer pool carries no"
          + " encapsulation: " + field + " must be Never");
    }
    Optional<String> nodeSelector = DocCheck.text(spec, "nodeSelector");
    if (nodeSelector.isPresent() && !nodeSelector.get().isEmpty() && !nodeSelector.get().equals("all()")) {
      c.error("calico.ippool.loadbalancer-node-selector", "/spec/nodeSelector", "a LoadBalancer pool serves every"
          + " node: nodeSelector must be all()");
    }
  }
}
