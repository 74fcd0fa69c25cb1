package dev.calicokit.builders;

import dev.calicokit.builders.internal.Renderer;
import dev.calicokit.builders.internal.Versions;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.manifest.Manifest;
import java.util.List;
import java.util.Map;

/**
 * Renders a Calico install manifest from typed options, as the Calico project's own Helm chart would
 * have rendered it (every document built in code, CRDs generated from the model):
 *
 * <pre>{@code
 * Manifest m = CalicoManifest.builder()
 *     .version("v3.32.1")
 *     .preset(Preset.CALICO_VXLAN)
 *     .ipv4PoolCidr("10.0.0.0/16")
 *     .vethMtu(1450)
 *     .build();
 * String yaml = m.toYaml();
 * }</pre>
 *
 * Options that contradict each other (IP-in-IP and VXLAN on the same pool, eBPF with etcd, pool
 * options with host-local IPAM, ...) fail at {@link Builder#build()} with an
 * {@link InvalidOptionsException} whose problems say which and why.
 */
public final class CalicoManifest {
  private CalicoManifest() {}

  /** A builder: the newest version and the calico preset unless told otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  /** Renders the manifest of a set of options. */
  public static Manifest render(ManifestOptions options) {
    return Renderer.render(options);
  }

  /** Every version that renders, oldest first, for example {@code v3.21.1}, {@code v3.24.0}, ... */
  public static List<String> supportedVersions() {
    return Versions.supported();
  }

  /** Fluent options; each setter overrides what the preset says. */
  public static final class Builder {
    private final ImmutableManifestOptions.Builder o = ImmutableManifestOptions.builder();

    private Builder() {}

    /** The Calico version, for example {@code v3.28.5}; see {@link CalicoManifest#supportedVersions()}. */
    public Builder version(String version) {
      o.version(version);
      return this;
    }

    /** The official file to start from. */
    public Builder preset(Preset preset) {
      o.preset(preset);
      return this;
    }

    /** Where Calico keeps its data. */
    public Builder datastore(Datastore datastore) {
      o.datastore(datastore);
      return this;
    }

    /** Who provides pod networking. */
    public Builder network(Network network) {
      o.network(network);
      return this;
    }

    /** VXLAN instead of BGP (the chart's {@code vxlan}). */
    public Builder vxlan(boolean on) {
      o.vxlan(on);
      return this;
    }

    /** The eBPF data plane (the chart's {@code bpf}). */
    public Builder bpf(boolean on) {
      o.bpf(on);
      return this;
    }

    /** Typha on or off (the chart's {@code typha.enabled}). */
    public Builder typha(boolean on) {
      o.typhaEnabled(on);
      return this;
    }

    /** Typha replicas; turns nothing on by itself. */
    public Builder typhaReplicas(int replicas) {
      o.typhaReplicas(replicas);
      return this;
    }

    /** The CNI IPAM plugin. */
    public Builder ipam(Ipam ipam) {
      o.ipam(ipam);
      return this;
    }

    /** Whether the CRDs are part of the manifest (the chart's {@code includeCRDs}). */
    public Builder includeCrds(boolean on) {
      o.includeCrds(on);
      return this;
    }

    /** projectcalico.org/v3 CRDs with their webhooks (v3.32 on, the chart's {@code useV3CRDs}). */
    public Builder useV3Crds(boolean on) {
      o.useV3Crds(on);
      return this;
    }

    /** {@code Always}, {@code IfNotPresent} or {@code Never}. */
    public Builder imagePullPolicy(String policy) {
      o.imagePullPolicy(policy);
      return this;
    }

    /** The registry of one component's image, for example {@code registry.example.com/calico}. */
    public Builder registry(Component component, String registry) {
      o.putRegistry(component, registry);
      return this;
    }

    /** The registry of every Calico image. */
    public Builder registry(String registry) {
      for (Component c : Component.values()) {
        o.putRegistry(c, registry);
      }
      return this;
    }

    /** One component's image name (or, as charts before v3.31 write it, registry and name). */
    public Builder image(Component component, String image) {
      o.putImage(component, image);
      return this;
    }

    /** The tag of every Calico image. */
    public Builder imageTag(String tag) {
      o.imageTag(tag);
      return this;
    }

    /** The flannel image (canal) without tag, and its tag. */
    public Builder flannelImage(String image, String tag) {
      o.flannelImage(image).flannelTag(tag);
      return this;
    }

    /** The etcd endpoints, comma separated (etcd datastore). */
    public Builder etcdEndpoints(String endpoints) {
      o.etcdEndpoints(endpoints);
      return this;
    }

    /** TLS material for etcd, PEM text: CA certificate, client certificate, client key (each may be null). */
    public Builder etcdTls(String ca, String cert, String key) {
      o.etcdCa(java.util.Optional.ofNullable(ca)).etcdCert(java.util.Optional.ofNullable(cert))
          .etcdKey(java.util.Optional.ofNullable(key));
      return this;
    }

    /** The default IPv4 pool's CIDR, for example {@code 10.0.0.0/16}. */
    public Builder ipv4PoolCidr(String cidr) {
      o.ipv4PoolCidr(cidr);
      return this;
    }

    /** The default IPv4 pool's block size (20 to 32). */
    public Builder ipv4PoolBlockSize(int size) {
      o.ipv4PoolBlockSize(size);
      return this;
    }

    /** IP-in-IP mode of the default pool. */
    public Builder ipipMode(EncapsulationMode mode) {
      o.ipipMode(mode);
      return this;
    }

    /** VXLAN mode of the default pools. */
    public Builder vxlanMode(EncapsulationMode mode) {
      o.vxlanMode(mode);
      return this;
    }

    /** The default IPv6 pool's CIDR: turns on dual stack. */
    public Builder ipv6PoolCidr(String cidr) {
      o.ipv6PoolCidr(cidr);
      return this;
    }

    /** The default IPv6 pool's block size (116 to 128). */
    public Builder ipv6PoolBlockSize(int size) {
      o.ipv6PoolBlockSize(size);
      return this;
    }

    /** How calico-node finds its IPv4 address, for example {@code interface=eth.*} or {@code can-reach=8.8.8.8}. */
    public Builder ipAutodetectionMethod(String method) {
      o.ipAutodetectionMethod(method);
      return this;
    }

    /** How calico-node finds its IPv6 address. */
    public Builder ip6AutodetectionMethod(String method) {
      o.ip6AutodetectionMethod(method);
      return this;
    }

    /** The veth and tunnel MTU; 0 detects it. */
    public Builder vethMtu(int mtu) {
      o.vethMtu(mtu);
      return this;
    }

    /** A Felix setting as an environment variable of calico-node, e.g. {@code ("LOGSEVERITYSCREEN", "info")}. */
    public Builder felix(String name, String value) {
      o.putFelixEnv(name, value);
      return this;
    }

    /** calico-node's resource requests and limits, e.g. {@code Map.of("cpu", "500m")}. */
    public Builder nodeResources(Map<String, String> requests, Map<String, String> limits) {
      o.nodeResourceRequests(requests).nodeResourceLimits(limits);
      return this;
    }

    /** calico-node's node selector. */
    public Builder nodeSelector(Map<String, String> selector) {
      o.nodeSelector(selector);
      return this;
    }

    /** A toleration added to calico-node's. */
    public Builder addNodeToleration(Toleration toleration) {
      o.addNodeToleration(toleration);
      return this;
    }

    /** The options given so far. */
    public ManifestOptions options() {
      return o.build();
    }

    /**
     * Renders the manifest.
     *
     * @throws InvalidOptionsException naming each contradiction, or an unsupported version
     */
    public Manifest build() {
      return render(options());
    }
  }
}
