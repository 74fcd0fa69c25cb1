package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.IPIPConfiguration;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.IPPoolAllowedUse;
import dev.calicokit.model.calico.IPPoolSpec;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.model.values.Selector;
import java.util.List;
import java.util.Optional;

/**
 * IPPool rules of Calico's API: a parsable, strictly masked CIDR outside the link-local ranges, block
 * sizes within the family's range and no larger than the pool, IP-in-IP only on IPv4, not both IP-in-IP
 * and VXLAN, and the constraints of load-balancer pools. Reads the typed pool.
 */
final class IpPoolRules {
  private IpPoolRules() {}

  static void check(DocCheck c) {
    Optional<IPPoolSpec> typed = c.resource(IPPool.class).map(IPPool::spec);
    if (typed.isEmpty()) {
      return; // a pool without a cidr, or with a value the model cannot hold: a structural error
    }
    IPPoolSpec spec = typed.get();
    // The model keeps the text as written; Calico reads it as a CIDR or a bare address.
    String text = spec.cidr().text();
    Optional<NetPrefix> parsed = Networks.cidrOrIp(text);
    if (parsed.isEmpty()) {
      c.error("calico.ippool.cidr", "/spec/cidr", "cidr " + DocCheck.q(text)
          + " is not an IPv4 or IPv6 network such as 192.168.0.0/16 or fd00:10::/64");
      return;
    }
    NetPrefix cidr = parsed.get();
    if (!Networks.strictlyMasked(cidr)) {
      c.error("calico.ippool.cidr-not-masked", "/spec/cidr", "cidr " + DocCheck.q(text)
          + " has host bits set: the network is " + cidr.masked());
    }
    if (Networks.overlap(cidr, cidr.is4() ? Networks.V4_LINK_LOCAL : Networks.V6_LINK_LOCAL)) {
      c.error("calico.ippool.link-local", "/spec/cidr", "cidr " + DocCheck.q(text) + " overlaps the "
          + (cidr.is4() ? "IPv4 link-local range 169.254.0.0/16" : "IPv6 link-local range fe80::/10"));
    }
    checkBlockSize(c, spec, cidr);
    checkEncapsulation(c, spec, cidr);
    checkAllowedUses(c, spec);
    checkSelectors(c, spec);
  }

  private static void checkBlockSize(DocCheck c, IPPoolSpec spec, NetPrefix cidr) {
    long blockSize;
    if (spec.blockSize().isEmpty()) {
      blockSize = cidr.is4() ? IPPool.DEFAULT_IPV4_BLOCK_SIZE : IPPool.DEFAULT_IPV6_BLOCK_SIZE;
    } else {
      blockSize = spec.blockSize().get();
      int min = cidr.is4() ? 20 : 116;
      int max = cidr.is4() ? 32 : 128;
      if (blockSize < min || blockSize > max) {
        c.error("calico.ippool.block-size", "/spec/blockSize", Networks.family(cidr) + " block size " + blockSize
            + " is out of range: expected " + min + " to " + max);
        return;
      }
    }
    if (!spec.disabled().orElse(false) && cidr.bits() > blockSize) {
      c.error("calico.ippool.block-size-vs-cidr", "/spec/cidr", "pool " + cidr.masked()
          + " is smaller than one block of /" + blockSize + ": the prefix length must be at most the block size");
    }
  }

  private static boolean enabled(Optional<EncapsulationMode> mode) {
    return mode.isPresent() && (mode.get().equals(EncapsulationMode.ALWAYS) || mode.get().equals(EncapsulationMode.CROSS_SUBNET));
  }

  private static void checkEncapsulation(DocCheck c, IPPoolSpec spec, NetPrefix cidr) {
    Optional<EncapsulationMode> ipip = spec.ipipMode();
    Optional<EncapsulationMode> vxlan = spec.vxlanMode();
    // The v1 CRD also carries the older ipip: {enabled, mode} form.
    boolean legacyIpip = spec.ipip().flatMap(IPIPConfiguration::enabled).orElse(false);
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

  /** global() names the scope of a policy rule's namespaceSelector; a pool's selectors choose nodes and namespaces. */
  private static void checkSelectors(DocCheck c, IPPoolSpec spec) {
    if (!c.release().within(Release.V3_31, Release.latest())) {
      return; // both checks came with v3.31
    }
    for (String field : new String[] {"nodeSelector", "namespaceSelector"}) {
      Optional<Selector> selector = field.equals("nodeSelector") ? spec.nodeSelector() : spec.namespaceSelector();
      if (selector.isPresent() && selector.get().text().contains("global(")) {
        c.error("calico.ippool.global-selector", "/spec/" + field, "global() is not valid in a pool's " + field
            + ": use all() to select every " + (field.equals("nodeSelector") ? "node" : "namespace"));
      }
    }
    if (spec.allowedUses().contains(IPPoolAllowedUse.TUNNEL)
        && spec.namespaceSelector().filter(s -> !s.text().isEmpty()).isPresent()) {
      c.error("calico.ippool.tunnel-namespace-selector", "/spec/namespaceSelector", "a pool with allowed use"
          + " Tunnel cannot have a namespaceSelector: tunnel addresses belong to nodes, not namespaces");
    }
  }

  private static void checkAllowedUses(DocCheck c, IPPoolSpec spec) {
    List<IPPoolAllowedUse> uses = spec.allowedUses();
    if (!uses.contains(IPPoolAllowedUse.LOAD_BALANCER)) {
      return;
    }
    if (spec.disableBGPExport().orElse(false) && c.release().within(Release.V3_30, Release.latest())) {
      // libcalico-go refuses the combination (its message reads the other way round, its code this way).
      c.error("calico.ippool.loadbalancer-bgp-export", "/spec/disableBGPExport", "a LoadBalancer pool is"
          + " advertised over BGP: disableBGPExport cannot be true");
    }
    for (int i = 0; i < uses.size(); i++) {
      IPPoolAllowedUse u = uses.get(i);
      if (u.equals(IPPoolAllowedUse.WORKLOAD) || u.equals(IPPoolAllowedUse.TUNNEL)) {
        c.error("calico.ippool.allowed-uses", Pointer.at("/spec/allowedUses", i), "allowed use " + u
            + " cannot be combined with LoadBalancer on one pool");
      }
    }
    if (enabled(spec.ipipMode()) || enabled(spec.vxlanMode())) {
      String field = enabled(spec.ipipMode()) ? "ipipMode" : "vxlanMode";
      c.error("calico.ippool.loadbalancer-encapsulation", "/spec/" + field, "a LoadBalancer pool carries no"
          + " encapsulation: " + field + " must be Never");
    }
    Optional<String> nodeSelector = spec.nodeSelector().map(Selector::text);
    if (nodeSelector.isPresent() && !nodeSelector.get().isEmpty() && !nodeSelector.get().equals("all()")) {
      c.error("calico.ippool.loadbalancer-node-selector", "/spec/nodeSelector", "a LoadBalancer pool serves every"
          + " node: nodeSelector must be all()");
    }
  }
}
