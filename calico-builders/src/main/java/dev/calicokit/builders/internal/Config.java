package dev.calicokit.builders.internal;

import dev.calicokit.builders.Component;
import dev.calicokit.builders.Datastore;
import dev.calicokit.builders.InvalidOptionsException;
import dev.calicokit.builders.Ipam;
import dev.calicokit.builders.ManifestOptions;
import dev.calicokit.builders.Network;
import dev.calicokit.builders.Preset;
import dev.calicokit.builders.Toleration;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.schema.Release;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options resolved against the preset and the version: every value the parts read, none left
 * open. Contradictions between options, values calico-node would refuse, and options nothing would
 * read are found here, each with a message that says which and why.
 */
public final class Config {
  /** The etcd endpoints of the official files and of the chart's defaults: a value for the user to replace. */
  static final String ETCD_ENDPOINTS_PLACEHOLDER = "http://<ETCD_IP>:<ETCD_PORT>";

  final Versions.Version v;
  final Preset preset;
  final Datastore datastore;
  final Network network;
  final boolean vxlan;
  final boolean bpf;
  final boolean typha;
  final Ipam ipam;
  final boolean includeCrds;
  final boolean v3Crds;
  final String pullPolicy;
  final Map<Component, String> images = new LinkedHashMap<>();
  final String flannelImage;
  final String etcdEndpoints;
  final String etcdCa;
  final String etcdCert;
  final String etcdKey;
  final String ipv4PoolCidr;
  final Integer ipv4BlockSize;
  final String ipipMode;
  final String vxlanMode;
  final String ipv6PoolCidr;
  final Integer ipv6BlockSize;
  final String ipAutodetection;
  final String ip6Autodetection;
  final int vethMtu;
  final int typhaReplicas;
  final Map<String, String> felixEnv = new LinkedHashMap<>();
  final Map<String, String> requests;
  final Map<String, String> limits;
  final Map<String, String> nodeSelector;
  final List<Toleration> tolerations;

  private Config(ManifestOptions o) {
    v = Versions.parse(o.version());
    preset = o.preset();
    List<String> problems = new ArrayList<>();
    if (v.release() == Release.V3_21 && preset != Preset.CALICO && preset != Preset.CRDS) {
      problems.add("preset " + preset.fileName() + " is not available for " + v
          + ": v3.21.1 renders the calico and crds presets only");
    }
    if (preset == Preset.CALICO_V3_CRDS && v.before(Release.V3_32)) {
      problems.add("preset calico-v3-crds needs v3.32 or later, not " + v);
    }
    boolean etcdPreset = preset == Preset.CALICO_ETCD || preset == Preset.CANAL_ETCD;
    boolean canalPreset = preset == Preset.CANAL || preset == Preset.CANAL_ETCD;
    datastore = o.datastore().orElse(etcdPreset ? Datastore.ETCD : Datastore.KUBERNETES);
    network = o.network().orElse(canalPreset ? Network.FLANNEL
        : preset == Preset.CALICO_POLICY_ONLY ? Network.NONE : Network.CALICO);
    vxlan = o.vxlan().orElse(preset == Preset.CALICO_VXLAN);
    bpf = o.bpf().orElse(preset == Preset.CALICO_BPF);
    typha = o.typhaEnabled().orElse(preset == Preset.CALICO_TYPHA || preset == Preset.CALICO_POLICY_ONLY);
    ipam = o.ipam().orElse(preset == Preset.CANAL || preset == Preset.CALICO_POLICY_ONLY ? Ipam.HOST_LOCAL : Ipam.CALICO_IPAM);
    includeCrds = o.includeCrds().orElse(!etcdPreset);
    v3Crds = o.useV3Crds().orElse(preset == Preset.CALICO_V3_CRDS);
    pullPolicy = o.imagePullPolicy().orElse(v.atLeast(Release.V3_24) ? "IfNotPresent" : null);

    // Images: from v3.31 the chart has a registry per component; before, the image name holds it.
    for (Component c : Component.values()) {
      String defaultRegistry = v.atLeast(Release.V3_31) ? "quay.io/calico" : "docker.io/calico";
      String image = o.images().get(c);
      String registry = o.registries().get(c);
      String ref;
      if (image != null && image.contains("/") && registry == null) {
        ref = image;
      } else {
        String name = image == null ? c.imageName() : image.substring(image.lastIndexOf('/') + 1);
        ref = (registry == null ? defaultRegistry : registry.replaceAll("/+$", "")) + "/" + name;
      }
      images.put(c, ref + ":" + o.imageTag().orElse(v.imageTag()));
    }
    flannelImage = o.flannelImage().orElse(Flannel.defaultImage(v)) + ":" + o.flannelTag().orElse(Flannel.defaultTag(v));

    boolean etcd = datastore == Datastore.ETCD;
    etcdEndpoints = o.etcdEndpoints().orElse(ETCD_ENDPOINTS_PLACEHOLDER);
    etcdCa = o.etcdCa().orElse(null);
    etcdCert = o.etcdCert().orElse(null);
    etcdKey = o.etcdKey().orElse(null);
    // The chart's defaults hold the placeholder, so every values file copied from the chart names it,
    // whatever its datastore: only endpoints of the user's own would be ignored.
    boolean ownEndpoints = o.etcdEndpoints().filter(e -> !e.equals(ETCD_ENDPOINTS_PLACEHOLDER)).isPresent();
    if (!etcd && (ownEndpoints || etcdCa != null || etcdCert != null || etcdKey != null)) {
      problems.add("etcd endpoints and TLS material are given but the datastore is kubernetes: they would be ignored");
    }
    if ((etcdCert == null) != (etcdKey == null)) {
      problems.add("etcd TLS needs both the client certificate and its key, only one is given");
    }

    boolean calicoNet = network == Network.CALICO;
    String defaultIpip = calicoNet && (vxlan || bpf) ? "Never" : "Always";
    String defaultVxlan = calicoNet && vxlan ? "CrossSubnet" : "Never";
    ipipMode = o.ipipMode().map(EncapsulationMode::value).orElse(defaultIpip);
    vxlanMode = o.vxlanMode().map(EncapsulationMode::value).orElse(defaultVxlan);
    if (!"Never".equals(ipipMode) && !"Never".equals(vxlanMode)) {
      problems.add("ipipMode " + ipipMode + " and vxlanMode " + vxlanMode
          + " on the same pool: a pool encapsulates with IP-in-IP or VXLAN, not both; set one to Never");
    }
    if (!calicoNet && (o.ipipMode().isPresent() || o.vxlanMode().isPresent() || o.vxlan().orElse(false))) {
      problems.add("encapsulation options need network calico; with network " + network.value()
          + " Calico does not route pod traffic");
    }
    if (vxlan && o.ipipMode().isPresent() && !"Never".equals(ipipMode)) {
      problems.add("vxlan is on (BGP is off) but ipipMode is " + ipipMode + ": IP-in-IP needs BGP");
    }
    if (bpf && datastore == Datastore.ETCD) {
      problems.add("bpf with datastore etcd: these manifests run the eBPF data plane with the kubernetes datastore only");
    }
    if (network == Network.FLANNEL && bpf) {
      problems.add("bpf with network flannel: canal does not run the eBPF data plane");
    }
    ipv4PoolCidr = o.ipv4PoolCidr().orElse(null);
    ipv4BlockSize = o.ipv4PoolBlockSize().orElse(null);
    ipv6PoolCidr = o.ipv6PoolCidr().orElse(null);
    ipv6BlockSize = o.ipv6PoolBlockSize().orElse(null);
    if (ipam == Ipam.HOST_LOCAL && network == Network.CALICO && (ipv4PoolCidr != null || ipv4BlockSize != null || ipv6PoolCidr != null)) {
      problems.add("IP pool options with ipam host-local: pods get addresses from each node's pod CIDR,"
          + " Calico's pools are not used; use ipam calico-ipam or drop the pool options");
    }
    if (ipv6BlockSize != null && ipv6PoolCidr == null) {
      problems.add("ipv6PoolBlockSize without ipv6PoolCidr: there is no IPv6 pool");
    }
    AddressOptions.checkPool("ipv4PoolCidr", ipv4PoolCidr, false, ipv4BlockSize, problems);
    AddressOptions.checkPool("ipv6PoolCidr", ipv6PoolCidr, true, ipv6BlockSize, problems);
    ipAutodetection = o.ipAutodetectionMethod().orElse(null);
    ip6Autodetection = o.ip6AutodetectionMethod().orElse(null);
    AddressOptions.checkAutodetection("ipAutodetectionMethod", ipAutodetection, problems);
    AddressOptions.checkAutodetection("ip6AutodetectionMethod", ip6Autodetection, problems);
    if (ip6Autodetection != null && ipv6PoolCidr == null) {
      problems.add("ip6AutodetectionMethod without ipv6PoolCidr: calico-node looks for an IPv6 address only in a dual-stack"
          + " cluster");
    }
    // What only calico-node's own networking reads: canal (flannel routes) and policy-only clusters
    // (no Calico routing, host-local addresses) render none of it.
    if (!calicoNet) {
      List<String> unused = new ArrayList<>();
      o.ipv4PoolBlockSize().ifPresent(x -> unused.add("ipv4PoolBlockSize"));
      o.ipv6PoolCidr().ifPresent(x -> unused.add("ipv6PoolCidr"));
      o.ipAutodetectionMethod().ifPresent(x -> unused.add("ipAutodetectionMethod"));
      o.ip6AutodetectionMethod().ifPresent(x -> unused.add("ip6AutodetectionMethod"));
      if (network == Network.NONE) {
        o.ipv4PoolCidr().ifPresent(x -> unused.add("ipv4PoolCidr"));
      }
      if (!unused.isEmpty()) {
        problems.add(String.join(", ", unused) + " with network " + network.value() + ": "
            + (network == Network.FLANNEL ? "flannel routes pod traffic and assigns addresses (only ipv4PoolCidr,"
                + " flannel's network, applies)" : "a policy-only cluster leaves pod networking to others")
            + ", so calico-node would never read " + (unused.size() == 1 ? "it" : "them"));
      }
    }
    if (typha && datastore == Datastore.ETCD) {
      problems.add("Typha with datastore etcd: Typha fans out the Kubernetes API datastore only");
    }
    if (preset == Preset.CRDS) {
      List<String> workloadOnly = workloadOnlyOptions(o);
      if (!workloadOnly.isEmpty()) {
        problems.add(String.join(", ", workloadOnly) + " with preset crds: it renders the CRDs alone, no workload"
            + " would carry " + (workloadOnly.size() == 1 ? "it" : "them"));
      }
      if (!includeCrds) {
        problems.add("includeCRDs=false with preset crds: there would be nothing to render");
      }
    }
    vethMtu = o.vethMtu().orElse(0);
    if (!typha && o.typhaReplicas().isPresent()) {
      problems.add("typhaReplicas is given but Typha is not enabled (typha.enabled=false)");
    }
    typhaReplicas = o.typhaReplicas().orElse(1);
    if (v3Crds && (v.before(Release.V3_32) || datastore == Datastore.ETCD)) {
      problems.add("useV3CRDs needs v3.32 or later and the kubernetes datastore");
    }
    if (includeCrds && datastore == Datastore.ETCD && o.includeCrds().isPresent()) {
      problems.add("includeCRDs with datastore etcd: Calico keeps its data in etcd, the CRDs would be unused");
    }
    o.felixEnv().forEach((k, val) -> {
      String name = k.toUpperCase(java.util.Locale.ROOT);
      felixEnv.put(name.startsWith("FELIX_") ? name : "FELIX_" + name, val);
    });
    requests = o.nodeResourceRequests();
    limits = o.nodeResourceLimits();
    nodeSelector = o.nodeSelector();
    tolerations = o.nodeTolerations();
    if (!problems.isEmpty()) {
      throw new InvalidOptionsException("invalid manifest options", problems);
    }
  }

  /**
   * The options given that shape only the workloads (pools, encapsulation, Typha, calico-node's
   * settings). Images, registries and the pull policy are left out: every values file copied from the
   * chart carries them, whatever it is applied to.
   */
  private static List<String> workloadOnlyOptions(ManifestOptions o) {
    List<String> given = new ArrayList<>();
    o.typhaEnabled().filter(t -> t).ifPresent(x -> given.add("typha.enabled"));
    o.typhaReplicas().ifPresent(x -> given.add("typhaReplicas"));
    o.vxlan().filter(t -> t).ifPresent(x -> given.add("vxlan"));
    o.bpf().filter(t -> t).ifPresent(x -> given.add("bpf"));
    o.ipv4PoolCidr().ifPresent(x -> given.add("ipv4PoolCidr"));
    o.ipv4PoolBlockSize().ifPresent(x -> given.add("ipv4PoolBlockSize"));
    o.ipipMode().ifPresent(x -> given.add("ipipMode"));
    o.vxlanMode().ifPresent(x -> given.add("vxlanMode"));
    o.ipv6PoolCidr().ifPresent(x -> given.add("ipv6PoolCidr"));
    o.ipv6PoolBlockSize().ifPresent(x -> given.add("ipv6PoolBlockSize"));
    o.ipAutodetectionMethod().ifPresent(x -> given.add("ipAutodetectionMethod"));
    o.ip6AutodetectionMethod().ifPresent(x -> given.add("ip6AutodetectionMethod"));
    o.vethMtu().ifPresent(x -> given.add("vethMtu"));
    if (!o.felixEnv().isEmpty()) {
      given.add("felix settings");
    }
    if (!o.nodeResourceRequests().isEmpty() || !o.nodeResourceLimits().isEmpty()) {
      given.add("resources");
    }
    if (!o.nodeSelector().isEmpty()) {
      given.add("nodeSelector");
    }
    if (!o.nodeTolerations().isEmpty()) {
      given.add("tolerations");
    }
    return given;
  }

  /** Resolves and checks the options. */
  public static Config resolve(ManifestOptions o) {
    return new Config(o);
  }

  boolean etcd() {
    return datastore == Datastore.ETCD;
  }

  boolean canal() {
    return network == Network.FLANNEL;
  }

  boolean policyOnly() {
    return network == Network.NONE;
  }

  /** The {@code calico_backend} value: BIRD for BGP, vxlan, or none when Calico does not network. */
  String backend() {
    if (network != Network.CALICO) {
      return "none";
    }
    return vxlan ? "vxlan" : "bird";
  }

  /** Whether BIRD runs (its probes and CLUSTER_TYPE bgp go with it). */
  boolean bird() {
    return network == Network.CALICO && !vxlan;
  }

  String image(Component c) {
    return images.get(c);
  }

  /** The ConfigMap every component reads: canal-config for canal, calico-config otherwise. */
  String configMapName() {
    return canal() ? "canal-config" : "calico-config";
  }

  /** The ServiceAccount and workload name of the per-node agent. */
  String nodeName() {
    if (!canal()) {
      return "calico-node";
    }
    return etcd() ? "canal-node" : "canal";
  }
}
