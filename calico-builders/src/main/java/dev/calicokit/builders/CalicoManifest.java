package dev.calicokit.builders;

import dev.calicokit.builders.internal.Renderer;
import dev.calicokit.builders.internal.Versions;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
 * Every setter sets one option of the table in {@link Options}; {@link Builder#set} sets any of them.
 * Options that contradict each other (IP-in-IP and VXLAN on the same pool, eBPF with etcd, pool
 * options with host-local IPAM, ...) fail at {@link Builder#build()} with an
 * {@link InvalidOptionsException} whose problems say which and why (the rules of {@link OptionRules}).
 */
public final class CalicoManifest {
  /** The newest supported version. */
  public static final String LATEST_VERSION = Versions.LATEST;

  private CalicoManifest() {}

  /** A builder: the newest version and the calico preset unless told otherwise. */
  public static Builder builder() {
    return new Builder(ManifestOptions.none());
  }

  /** A builder that starts from options given before. */
  public static Builder builder(ManifestOptions options) {
    return new Builder(options);
  }

  /** Renders the manifest of a set of options. */
  public static Manifest render(ManifestOptions options) {
    return Renderer.render(options);
  }

  /**
   * Calico's official manifest of a patch release in a variant, rendered: that release with the
   * preset named as Calico names the file ({@code calico}, {@code calico-vxlan}, {@code canal}, ...) and
   * no other option, which equals Calico's own file. Empty where Calico ships no such file (canal in
   * v3.21, say) or the variant names no preset. Fits the validator's RBAC baseline without a copy of
   * Calico's files: {@code validator.withOfficialManifests(CalicoManifest::official)}.
   */
  public static Optional<Manifest> official(CalicoRelease release, String variant) {
    return rendered(release, variant, UnaryOperator.identity());
  }

  /**
   * {@link #official} without its CustomResourceDefinitions: everything the validator's RBAC baseline
   * reads (roles, bindings, service accounts, workloads), rendered in a fraction of the time the CRDs
   * take: {@code validator.withOfficialManifests(CalicoManifest::officialWithoutCrds)}, as
   * {@code calico validate} does.
   */
  public static Optional<Manifest> officialWithoutCrds(CalicoRelease release, String variant) {
    // A preset that refuses the option (a file of CRDs alone) is rendered whole; v3.21 renders its CRDs
    // whatever the option says. Either way the CRDs left go here.
    return rendered(release, variant, b -> b.set(Options.INCLUDE_CRDS, false))
        .or(() -> official(release, variant))
        .map(CalicoManifest::withoutCrds);
  }

  /** The preset a variant names, at a release, with {@code more} options; empty where either does not exist. */
  private static Optional<Manifest> rendered(CalicoRelease release, String variant, UnaryOperator<Builder> more) {
    Optional<Preset> preset = Preset.of(variant);
    if (preset.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(more.apply(builder().version(release.label()).preset(preset.get())).build());
    } catch (IllegalArgumentException unsupported) {
      return Optional.empty(); // the preset does not exist in that release, or refuses the options
    }
  }

  private static Manifest withoutCrds(Manifest m) {
    Manifest out = m;
    for (ManifestDocument d : m.documents()) {
      if (d.kind().equals("CustomResourceDefinition") && d.name().isPresent()) {
        out = out.remove(d.kind(), d.name().get());
      }
    }
    return out;
  }

  /** Every version that renders, oldest first, for example {@code v3.21.1}, {@code v3.24.0}, ... */
  public static List<String> supportedVersions() {
    return Versions.supported();
  }

  /** Fluent options; each setter overrides what the preset says. */
  public static final class Builder {
    private ManifestOptions o;

    private Builder(ManifestOptions start) {
      o = start;
    }

    /** Sets any option of the table; the typed setters below are shorthands for this. */
    public <T> Builder set(Option<T> option, T value) {
      o = o.with(option, value);
      return this;
    }

    /** Sets every option given in {@code options}, replacing what this builder had for them. */
    public Builder setAll(ManifestOptions options) {
      o = o.withAll(options);
      return this;
    }

    private <K, V> Builder put(Option<Map<K, V>> option, K key, V value) {
      Map<K, V> m = new LinkedHashMap<>(o.get(option).orElse(Map.of()));
      m.put(key, value);
      return set(option, java.util.Collections.unmodifiableMap(m));
    }

    /** The Calico version, for example {@code v3.28.5}; see {@link CalicoManifest#supportedVersions()}. */
    public Builder version(String version) {
      return set(Options.VERSION, version);
    }

    /** The official file to start from. */
    public Builder preset(Preset preset) {
      return set(Options.PRESET, preset);
    }

    /** Where Calico keeps its data. */
    public Builder datastore(Datastore datastore) {
      return set(Options.DATASTORE, datastore);
    }

    /** Who provides pod networking. */
    public Builder network(Network network) {
      return set(Options.NETWORK, network);
    }

    /** VXLAN instead of BGP (the chart's {@code vxlan}). */
    public Builder vxlan(boolean on) {
      return set(Options.VXLAN, on);
    }

    /** The eBPF data plane (the chart's {@code bpf}). */
    public Builder bpf(boolean on) {
      return set(Options.BPF, on);
    }

    /** Typha on or off (the chart's {@code typha.enabled}). */
    public Builder typha(boolean on) {
      return set(Options.TYPHA, on);
    }

    /** Typha replicas; turns nothing on by itself. */
    public Builder typhaReplicas(int replicas) {
      return set(Options.TYPHA_REPLICAS, replicas);
    }

    /** The CNI IPAM plugin. */
    public Builder ipam(Ipam ipam) {
      return set(Options.IPAM, ipam);
    }

    /** Whether the CRDs are part of the manifest (the chart's {@code includeCRDs}). */
    public Builder includeCrds(boolean on) {
      return set(Options.INCLUDE_CRDS, on);
    }

    /** projectcalico.org/v3 CRDs with their webhooks (v3.32 on, the chart's {@code useV3CRDs}). */
    public Builder useV3Crds(boolean on) {
      return set(Options.USE_V3_CRDS, on);
    }

    /** When the kubelet pulls Calico's images. */
    public Builder imagePullPolicy(PullPolicy policy) {
      return set(Options.IMAGE_PULL_POLICY, policy);
    }

    /** {@code Always}, {@code IfNotPresent} or {@code Never}; fails naming the three on anything else. */
    public Builder imagePullPolicy(String policy) {
      return imagePullPolicy(PullPolicy.parse(policy));
    }

    /** The registry of one component's image, for example {@code registry.example.com/calico}. */
    public Builder registry(Component component, String registry) {
      return put(Options.REGISTRIES, component, registry);
    }

    /** The registry of every Calico image. */
    public Builder registry(String registry) {
      for (Component c : Component.values()) {
        registry(c, registry);
      }
      return this;
    }

    /** One component's image name (or, as charts before v3.31 write it, registry and name). */
    public Builder image(Component component, String image) {
      return put(Options.IMAGES, component, image);
    }

    /** The tag of every Calico image. */
    public Builder imageTag(String tag) {
      return set(Options.IMAGE_TAG, tag);
    }

    /** The flannel image (canal) without tag, and its tag. */
    public Builder flannelImage(String image, String tag) {
      if (image != null) {
        set(Options.FLANNEL_IMAGE, image);
      }
      return tag == null ? this : set(Options.FLANNEL_TAG, tag);
    }

    /** The etcd endpoints, comma separated (etcd datastore). */
    public Builder etcdEndpoints(String endpoints) {
      return set(Options.ETCD_ENDPOINTS, endpoints);
    }

    /** TLS material for etcd, PEM text: CA certificate, client certificate, client key (each may be null). */
    public Builder etcdTls(String ca, String cert, String key) {
      if (ca != null) {
        set(Options.ETCD_CA, ca);
      }
      if (cert != null) {
        set(Options.ETCD_CERT, cert);
      }
      return key == null ? this : set(Options.ETCD_KEY, key);
    }

    /** The default IPv4 pool's CIDR. */
    public Builder ipv4PoolCidr(Cidr cidr) {
      return set(Options.IPV4_POOL_CIDR, cidr);
    }

    /**
     * The default IPv4 pool's CIDR, for example {@code 10.0.0.0/16}; text that is not one fails at
     * {@link #build()}, saying what calico-node would make of it.
     */
    public Builder ipv4PoolCidr(String cidr) {
      return ipv4PoolCidr(Cidr.lenient(cidr));
    }

    /** The default IPv4 pool's block size (20 to 32). */
    public Builder ipv4PoolBlockSize(int size) {
      return set(Options.IPV4_POOL_BLOCK_SIZE, size);
    }

    /** IP-in-IP mode of the default pool. */
    public Builder ipipMode(EncapsulationMode mode) {
      return set(Options.IPIP_MODE, mode);
    }

    /** VXLAN mode of the default pools. */
    public Builder vxlanMode(EncapsulationMode mode) {
      return set(Options.VXLAN_MODE, mode);
    }

    /** The default IPv6 pool's CIDR: turns on dual stack. */
    public Builder ipv6PoolCidr(Cidr cidr) {
      return set(Options.IPV6_POOL_CIDR, cidr);
    }

    /** The default IPv6 pool's CIDR, for example {@code fd00:10:244::/64}: turns on dual stack. */
    public Builder ipv6PoolCidr(String cidr) {
      return ipv6PoolCidr(Cidr.lenient(cidr));
    }

    /** The default IPv6 pool's block size (116 to 128). */
    public Builder ipv6PoolBlockSize(int size) {
      return set(Options.IPV6_POOL_BLOCK_SIZE, size);
    }

    /** How calico-node finds its IPv4 address, for example {@code interface=eth.*} or {@code can-reach=8.8.8.8}. */
    public Builder ipAutodetectionMethod(String method) {
      return set(Options.IP_AUTODETECTION_METHOD, method);
    }

    /** How calico-node finds its IPv6 address. */
    public Builder ip6AutodetectionMethod(String method) {
      return set(Options.IP6_AUTODETECTION_METHOD, method);
    }

    /** The veth and tunnel MTU; 0 detects it. */
    public Builder vethMtu(int mtu) {
      return set(Options.VETH_MTU, mtu);
    }

    /**
     * A Felix setting as an environment variable of calico-node, e.g. {@code ("LOGSEVERITYSCREEN", "info")}
     * ({@code FELIX_} is put in front where missing).
     */
    public Builder felix(String name, String value) {
      return put(Options.FELIX, Options.felixName(name), value);
    }

    /** One resource request of calico-node, e.g. {@code ("cpu", Quantity.of("500m"))}; replaces the chart's. */
    public Builder nodeResourceRequest(String resource, Quantity amount) {
      return put(Options.NODE_RESOURCE_REQUESTS, resource, amount);
    }

    /** One resource limit of calico-node, e.g. {@code ("memory", Quantity.of("1Gi"))}. */
    public Builder nodeResourceLimit(String resource, Quantity amount) {
      return put(Options.NODE_RESOURCE_LIMITS, resource, amount);
    }

    /** calico-node's resource requests and limits as text, e.g. {@code Map.of("cpu", "500m")}. */
    public Builder nodeResources(Map<String, String> requests, Map<String, String> limits) {
      requests.forEach((k, v) -> nodeResourceRequest(k, Quantity.of(v)));
      limits.forEach((k, v) -> nodeResourceLimit(k, Quantity.of(v)));
      return this;
    }

    /** calico-node's node selector (replacing {@code kubernetes.io/os: linux}). */
    public Builder nodeSelector(Map<String, String> selector) {
      return set(Options.NODE_SELECTOR, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(selector)));
    }

    /** A toleration added to calico-node's (copied: later changes to it do not reach the builder). */
    public Builder addNodeToleration(Toleration toleration) {
      List<Toleration> all = new ArrayList<>(o.get(Options.NODE_TOLERATIONS).orElse(List.of()));
      all.add(toleration);
      return set(Options.NODE_TOLERATIONS, List.copyOf(all));
    }

    /** A toleration of every taint with this key, added to calico-node's. */
    public Builder tolerate(String taintKey) {
      return addNodeToleration(Options.toleration(taintKey, null));
    }

    /** The options given so far. */
    public ManifestOptions options() {
      return o;
    }

    /**
     * Renders the manifest.
     *
     * @throws InvalidOptionsException naming each contradiction, or an unsupported version
     */
    public Manifest build() {
      return render(o);
    }
  }
}
