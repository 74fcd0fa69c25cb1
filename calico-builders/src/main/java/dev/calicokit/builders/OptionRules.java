package dev.calicokit.builders;

import static dev.calicokit.builders.Options.BPF;
import static dev.calicokit.builders.Options.DATASTORE;
import static dev.calicokit.builders.Options.ETCD_CA;
import static dev.calicokit.builders.Options.ETCD_CERT;
import static dev.calicokit.builders.Options.ETCD_ENDPOINTS;
import static dev.calicokit.builders.Options.ETCD_KEY;
import static dev.calicokit.builders.Options.INCLUDE_CRDS;
import static dev.calicokit.builders.Options.IP6_AUTODETECTION_METHOD;
import static dev.calicokit.builders.Options.IPAM;
import static dev.calicokit.builders.Options.IPIP_MODE;
import static dev.calicokit.builders.Options.IPV4_POOL_BLOCK_SIZE;
import static dev.calicokit.builders.Options.IPV4_POOL_CIDR;
import static dev.calicokit.builders.Options.IPV6_POOL_BLOCK_SIZE;
import static dev.calicokit.builders.Options.IPV6_POOL_CIDR;
import static dev.calicokit.builders.Options.IP_AUTODETECTION_METHOD;
import static dev.calicokit.builders.Options.NETWORK;
import static dev.calicokit.builders.Options.TYPHA;
import static dev.calicokit.builders.Options.TYPHA_REPLICAS;
import static dev.calicokit.builders.Options.USE_V3_CRDS;
import static dev.calicokit.builders.Options.VETH_MTU;
import static dev.calicokit.builders.Options.VXLAN;
import static dev.calicokit.builders.Options.VXLAN_MODE;

import dev.calicokit.builders.internal.AddressChecks;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.PoolEncapsulation;
import dev.calicokit.model.schema.Release;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every check of the options as a whole, registered in one place and applied in this order. Each rule
 * reads the options as the renderer does (given, else implied by the preset) and says which options
 * and why; {@code OptionRulesTest} holds a case of each.
 */
public final class OptionRules {
  private static final List<OptionRule> ALL = new ArrayList<>();

  private OptionRules() {}

  /** Every rule, in the order they are applied. */
  public static List<OptionRule> all() {
    return Collections.unmodifiableList(ALL);
  }

  /** The rule of an id. */
  public static java.util.Optional<OptionRule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static void rule(String id, String description, OptionRule.Check check) {
    ALL.add(new OptionRule(id, description, check));
  }

  private static boolean etcd(OptionValues o) {
    return o.get(DATASTORE).orElseThrow() == Datastore.ETCD;
  }

  private static boolean never(EncapsulationMode m) {
    return EncapsulationMode.NEVER.equals(m);
  }

  static {
    rule("options.block-size-range", "a pool's block size outside the sizes Calico's IPAM takes", (o, p) -> {
      o.get(IPV4_POOL_BLOCK_SIZE).filter(b -> b < 20 || b > 32)
          .ifPresent(b -> p.add("ipv4PoolBlockSize must be between 20 and 32, not " + b));
      o.get(IPV6_POOL_BLOCK_SIZE).filter(b -> b < 116 || b > 128)
          .ifPresent(b -> p.add("ipv6PoolBlockSize must be between 116 and 128, not " + b));
    });
    rule("options.mtu-range", "an MTU no interface would take", (o, p) -> o.get(VETH_MTU)
        .filter(m -> m != 0 && (m < 576 || m > 9000))
        .ifPresent(m -> p.add("vethMtu must be 0 (detect) or between 576 and 9000, not " + m)));
    rule("options.typha-replicas-range", "a negative number of Typha replicas", (o, p) -> o.get(TYPHA_REPLICAS)
        .filter(r -> r < 0).ifPresent(r -> p.add("typhaReplicas must not be negative, not " + r)));
    rule("options.preset-release", "a preset the chosen release does not ship", (o, p) -> {
      if (o.release() == Release.V3_21 && o.preset() != Preset.CALICO && o.preset() != Preset.CRDS) {
        p.add("preset " + o.preset().fileName() + " is not available for " + o.get(Options.VERSION).orElseThrow()
            + ": v3.21.1 renders the calico and crds presets only");
      }
      if (o.preset() == Preset.CALICO_V3_CRDS && o.release().compareTo(Release.V3_32) < 0) {
        p.add("preset calico-v3-crds needs v3.32 or later, not " + o.get(Options.VERSION).orElseThrow());
      }
    });
    rule("options.etcd-with-kubernetes", "etcd settings given while Calico keeps its data in the Kubernetes API", (o, p) -> {
      // The chart's defaults hold the placeholder, so every values file copied from the chart names it,
      // whatever its datastore: only endpoints of the user's own would be ignored.
      boolean ownEndpoints = o.isGiven(ETCD_ENDPOINTS)
          && !o.get(ETCD_ENDPOINTS).orElseThrow().equals(Options.ETCD_ENDPOINTS_PLACEHOLDER);
      boolean tls = o.isGiven(ETCD_CA) || o.isGiven(ETCD_CERT) || o.isGiven(ETCD_KEY);
      if (!etcd(o) && (ownEndpoints || tls)) {
        p.add("etcd endpoints and TLS material are given but the datastore is kubernetes: they would be ignored");
      }
    });
    rule("options.etcd-half-key-pair", "an etcd client certificate without its key, or a key without it", (o, p) -> {
      if (o.isGiven(ETCD_CERT) != o.isGiven(ETCD_KEY)) {
        p.add("etcd TLS needs both the client certificate and its key, only one is given");
      }
    });
    rule("options.ipip-with-vxlan", "IP-in-IP and VXLAN on the same pool", (o, p) -> {
      EncapsulationMode ipip = o.get(IPIP_MODE).orElseThrow();
      EncapsulationMode vxlan = o.get(VXLAN_MODE).orElseThrow();
      if (PoolEncapsulation.conflicts(ipip, vxlan)) {
        p.add("ipipMode " + ipip.value() + " and vxlanMode " + vxlan.value()
            + " on the same pool: a pool encapsulates with IP-in-IP or VXLAN, not both; set one to Never");
      }
    });
    rule("options.encapsulation-without-calico-network", "encapsulation where Calico does not route pod traffic", (o, p) -> {
      Network network = o.get(NETWORK).orElseThrow();
      boolean vxlanGiven = o.isGiven(VXLAN) && o.get(VXLAN).orElseThrow();
      if (network != Network.CALICO && (o.isGiven(IPIP_MODE) || o.isGiven(VXLAN_MODE) || vxlanGiven)) {
        p.add("encapsulation options need network calico; with network " + network.value()
            + " Calico does not route pod traffic");
      }
    });
    rule("options.ipip-without-bgp", "IP-in-IP asked for where VXLAN replaces BGP", (o, p) -> {
      EncapsulationMode ipip = o.get(IPIP_MODE).orElseThrow();
      if (o.get(VXLAN).orElseThrow() && o.isGiven(IPIP_MODE) && !never(ipip)) {
        p.add("vxlan is on (BGP is off) but ipipMode is " + ipip.value() + ": IP-in-IP needs BGP");
      }
    });
    rule("options.bpf-with-etcd", "the eBPF data plane with the etcd datastore", (o, p) -> {
      if (o.get(BPF).orElseThrow() && etcd(o)) {
        p.add("bpf with datastore etcd: these manifests run the eBPF data plane with the kubernetes datastore only");
      }
    });
    rule("options.bpf-with-flannel", "the eBPF data plane with canal", (o, p) -> {
      if (o.get(NETWORK).orElseThrow() == Network.FLANNEL && o.get(BPF).orElseThrow()) {
        p.add("bpf with network flannel: canal does not run the eBPF data plane");
      }
    });
    rule("options.pools-with-host-local", "pool options where host-local IPAM assigns the addresses", (o, p) -> {
      boolean pools = o.isGiven(IPV4_POOL_CIDR) || o.isGiven(IPV4_POOL_BLOCK_SIZE) || o.isGiven(IPV6_POOL_CIDR);
      if (o.get(IPAM).orElseThrow() == Ipam.HOST_LOCAL && o.get(NETWORK).orElseThrow() == Network.CALICO && pools) {
        p.add("IP pool options with ipam host-local: pods get addresses from each node's pod CIDR,"
            + " Calico's pools are not used; use ipam calico-ipam or drop the pool options");
      }
    });
    rule("options.ipv6-block-size-without-pool", "an IPv6 block size with no IPv6 pool", (o, p) -> {
      if (o.isGiven(IPV6_POOL_BLOCK_SIZE) && !o.isGiven(IPV6_POOL_CIDR)) {
        p.add("ipv6PoolBlockSize without ipv6PoolCidr: there is no IPv6 pool");
      }
    });
    rule("options.pool-cidr", "a pool CIDR calico-node would refuse: its form, its family, smaller than one block", (o, p) -> {
      AddressChecks.checkPool("ipv4PoolCidr", o.get(IPV4_POOL_CIDR).orElse(null), false,
          o.get(IPV4_POOL_BLOCK_SIZE).orElse(null), p);
      AddressChecks.checkPool("ipv6PoolCidr", o.get(IPV6_POOL_CIDR).orElse(null), true,
          o.get(IPV6_POOL_BLOCK_SIZE).orElse(null), p);
    });
    rule("options.autodetection-method", "an IP autodetection method calico-node does not know", (o, p) -> {
      AddressChecks.checkAutodetection("ipAutodetectionMethod", o.get(IP_AUTODETECTION_METHOD).orElse(null), p);
      AddressChecks.checkAutodetection("ip6AutodetectionMethod", o.get(IP6_AUTODETECTION_METHOD).orElse(null), p);
    });
    rule("options.ipv6-autodetection-without-pool", "an IPv6 autodetection method in a cluster without IPv6", (o, p) -> {
      if (o.isGiven(IP6_AUTODETECTION_METHOD) && !o.isGiven(IPV6_POOL_CIDR)) {
        p.add("ip6AutodetectionMethod without ipv6PoolCidr: calico-node looks for an IPv6 address only in a dual-stack"
            + " cluster");
      }
    });
    rule("options.unread-without-calico-network", "calico-node's address options where Calico does not network", (o, p) -> {
      // What only calico-node's own networking reads: canal (flannel routes) and policy-only clusters
      // (no Calico routing, host-local addresses) render none of it.
      Network network = o.get(NETWORK).orElseThrow();
      if (network == Network.CALICO) {
        return;
      }
      List<String> unused = new ArrayList<>();
      for (Option<?> option : List.of(IPV4_POOL_BLOCK_SIZE, IPV6_POOL_CIDR, IP_AUTODETECTION_METHOD, IP6_AUTODETECTION_METHOD)) {
        if (o.isGiven(option)) {
          unused.add(option.name());
        }
      }
      if (network == Network.NONE && o.isGiven(IPV4_POOL_CIDR)) {
        unused.add(IPV4_POOL_CIDR.name());
      }
      if (!unused.isEmpty()) {
        p.add(String.join(", ", unused) + " with network " + network.value() + ": "
            + (network == Network.FLANNEL ? "flannel routes pod traffic and assigns addresses (only ipv4PoolCidr,"
                + " flannel's network, applies)" : "a policy-only cluster leaves pod networking to others")
            + ", so calico-node would never read " + (unused.size() == 1 ? "it" : "them"));
      }
    });
    rule("options.typha-with-etcd", "Typha with the etcd datastore", (o, p) -> {
      if (o.get(TYPHA).orElseThrow() && etcd(o)) {
        p.add("Typha with datastore etcd: Typha fans out the Kubernetes API datastore only");
      }
    });
    rule("options.workload-options-with-crds-preset", "workload options with the preset that renders the CRDs alone", (o, p) -> {
      if (o.preset() != Preset.CRDS) {
        return;
      }
      List<String> workloadOnly = workloadOnlyOptions(o);
      if (!workloadOnly.isEmpty()) {
        p.add(String.join(", ", workloadOnly) + " with preset crds: it renders the CRDs alone, no workload"
            + " would carry " + (workloadOnly.size() == 1 ? "it" : "them"));
      }
      if (!o.get(INCLUDE_CRDS).orElseThrow()) {
        p.add("includeCRDs=false with preset crds: there would be nothing to render");
      }
    });
    rule("options.typha-replicas-without-typha", "Typha replicas where Typha is off", (o, p) -> {
      if (!o.get(TYPHA).orElseThrow() && o.isGiven(TYPHA_REPLICAS)) {
        p.add("typhaReplicas is given but Typha is not enabled (typha.enabled=false)");
      }
    });
    rule("options.v3-crds-release", "the v3 CRDs before v3.32 or with etcd", (o, p) -> {
      if (o.get(USE_V3_CRDS).orElseThrow() && (!USE_V3_CRDS.releases().contains(o.release().newestPatch()) || etcd(o))) {
        p.add("useV3CRDs needs v3.32 or later and the kubernetes datastore");
      }
    });
    rule("options.crds-with-etcd", "the CRDs asked for with the etcd datastore", (o, p) -> {
      if (o.get(INCLUDE_CRDS).orElseThrow() && etcd(o) && o.isGiven(INCLUDE_CRDS)) {
        p.add("includeCRDs with datastore etcd: Calico keeps its data in etcd, the CRDs would be unused");
      }
    });
  }

  /**
   * The options given that shape only the workloads (pools, encapsulation, Typha, calico-node's
   * settings). Images, registries and the pull policy are left out: every values file copied from the
   * chart carries them, whatever it is applied to.
   */
  private static List<String> workloadOnlyOptions(OptionValues o) {
    List<String> given = new ArrayList<>();
    if (o.isGiven(TYPHA) && o.get(TYPHA).orElseThrow()) {
      given.add("typha.enabled");
    }
    if (o.isGiven(TYPHA_REPLICAS)) {
      given.add("typhaReplicas");
    }
    if (o.isGiven(VXLAN) && o.get(VXLAN).orElseThrow()) {
      given.add("vxlan");
    }
    if (o.isGiven(BPF) && o.get(BPF).orElseThrow()) {
      given.add("bpf");
    }
    for (Option<?> option : List.of(IPV4_POOL_CIDR, IPV4_POOL_BLOCK_SIZE, IPIP_MODE, VXLAN_MODE, IPV6_POOL_CIDR,
        IPV6_POOL_BLOCK_SIZE, IP_AUTODETECTION_METHOD, IP6_AUTODETECTION_METHOD, VETH_MTU)) {
      if (o.isGiven(option)) {
        given.add(option.name());
      }
    }
    if (o.isGiven(Options.FELIX)) {
      given.add("felix settings");
    }
    if (o.isGiven(Options.NODE_RESOURCE_REQUESTS) || o.isGiven(Options.NODE_RESOURCE_LIMITS)) {
      given.add("resources");
    }
    if (o.isGiven(Options.NODE_SELECTOR)) {
      given.add("nodeSelector");
    }
    if (o.isGiven(Options.NODE_TOLERATIONS)) {
      given.add("tolerations");
    }
    return given;
  }
}
