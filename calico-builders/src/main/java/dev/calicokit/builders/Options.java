package dev.calicokit.builders;

import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.ReleaseRange;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The option table: every manifest option, declared once. {@link CalicoManifest.Builder}'s setters,
 * {@link ChartValues} ({@code --set} and {@code --values}), the key list of {@code calico render --help},
 * the checks of {@link OptionRules} and the renderer all read these declarations; nothing else declares
 * an option.
 */
public final class Options {
  private Options() {}

  private static final List<Option<?>> ALL = new ArrayList<>();
  /** Text options read as written, surrounding blanks dropped (one instance: each lambda costs start-up). */
  private static final Option.TextForm<String> TRIMMED = (cur, e, s) -> s.trim();
  /** Text options read exactly as written (PEM material keeps its line breaks). */
  private static final Option.TextForm<String> VERBATIM = (cur, e, s) -> s;

  /** The etcd endpoints of the official files and of the chart's defaults: a value for the user to replace. */
  public static final String ETCD_ENDPOINTS_PLACEHOLDER = "http://<ETCD_IP>:<ETCD_PORT>";

  public static final Option<String> VERSION = add(new Option<>("version", String.class,
      "the Calico version, e.g. v3.32.1 (default: the newest)", List.of(ChartKey.exact("version")),
      TRIMMED, v -> CalicoManifest.LATEST_VERSION));

  public static final Option<Preset> PRESET = add(new Option<>("preset", Preset.class,
      "the official file to start from: calico, calico-vxlan, calico-typha, ... (default calico)",
      List.of(ChartKey.exact("preset")), (cur, e, s) -> Preset.parse(s), v -> Preset.CALICO));

  public static final Option<Datastore> DATASTORE = add(new Option<>("datastore", Datastore.class,
      "kubernetes or etcd", List.of(ChartKey.exact("datastore")), (cur, e, s) -> Datastore.parse(s),
      v -> etcdPreset(v.preset()) ? Datastore.ETCD : Datastore.KUBERNETES));

  public static final Option<Network> NETWORK = add(new Option<>("network", Network.class,
      "calico, flannel (canal) or none (policy only)", List.of(ChartKey.exact("network")),
      (cur, e, s) -> Network.parse(s),
      v -> canalPreset(v.preset()) ? Network.FLANNEL : v.preset() == Preset.CALICO_POLICY_ONLY ? Network.NONE : Network.CALICO));

  public static final Option<Boolean> VXLAN = add(new Option<>("vxlan", Boolean.class,
      "true: VXLAN instead of BGP with IP-in-IP", List.of(ChartKey.exact("vxlan")), bool("vxlan"),
      v -> v.preset() == Preset.CALICO_VXLAN));

  public static final Option<Boolean> BPF = add(new Option<>("bpf", Boolean.class,
      "true: the eBPF data plane", List.of(ChartKey.exact("bpf")), bool("bpf"),
      v -> v.preset() == Preset.CALICO_BPF));

  public static final Option<Boolean> TYPHA = add(new Option<>("typhaEnabled", Boolean.class,
      "true: run Typha between the datastore and calico-node", List.of(ChartKey.exact("typha.enabled")),
      bool("typha.enabled"), v -> v.preset() == Preset.CALICO_TYPHA || v.preset() == Preset.CALICO_POLICY_ONLY));

  public static final Option<Ipam> IPAM = add(new Option<>("ipam", Ipam.class, "calico-ipam or host-local",
      List.of(ChartKey.exact("ipam")), (cur, e, s) -> Ipam.parse(s),
      v -> v.preset() == Preset.CANAL || v.preset() == Preset.CALICO_POLICY_ONLY ? Ipam.HOST_LOCAL : Ipam.CALICO_IPAM));

  public static final Option<Boolean> INCLUDE_CRDS = add(new Option<>("includeCrds", Boolean.class,
      "false: leave the CRDs out", List.of(ChartKey.exact("includeCRDs")), bool("includeCRDs"),
      v -> !etcdPreset(v.preset())));

  public static final Option<Boolean> USE_V3_CRDS = add(new Option<>("useV3Crds", Boolean.class,
      "true (v3.32 on): projectcalico.org/v3 CRDs with their webhooks", List.of(ChartKey.exact("useV3CRDs").since(Release.V3_32)),
      bool("useV3CRDs"), v -> v.preset() == Preset.CALICO_V3_CRDS).in(ReleaseRange.from(Release.V3_32)));

  public static final Option<PullPolicy> IMAGE_PULL_POLICY = add(new Option<>("imagePullPolicy", PullPolicy.class,
      "Always, IfNotPresent or Never", List.of(ChartKey.exact("imagePullPolicy")), (cur, e, s) -> PullPolicy.parse(s),
      // v3.21's manifest sets no pull policy at all.
      v -> v.release().compareTo(Release.V3_24) >= 0 ? PullPolicy.IF_NOT_PRESENT : null));

  /** The image name of each component, or (as charts before v3.31 write it) registry and name. */
  public static final Option<Map<Component, String>> IMAGES = add(new Option<>("images", Map.class,
      "image name of a component (before v3.31: registry/name)", componentKeys(".image", null),
      (cur, e, s) -> put(cur, component(e), s), null));

  /**
   * The registry of each component's image (a chart key from v3.31 on; the builder takes it for every
   * release); the key {@code registry}, of our own, sets that of every Calico image in every release.
   */
  public static final Option<Map<Component, String>> REGISTRIES = add(new Option<>("registries", Map.class,
      "registry of a component's image, e.g. quay.io/calico (v3.31 on)", registryKeys(),
      (cur, e, s) -> e == null ? putAll(cur, Component.values(), s) : put(cur, component(e), s), null));

  public static final Option<String> IMAGE_TAG = add(new Option<>("imageTag", String.class,
      "tag of every Calico image (default: the version's)", List.of(ChartKey.exact("imageTag")),
      TRIMMED, null));

  public static final Option<String> FLANNEL_IMAGE = add(new Option<>("flannelImage", String.class,
      "flannel image without tag (canal)", List.of(ChartKey.exact("flannel.image")), TRIMMED, null));

  public static final Option<String> FLANNEL_TAG = add(new Option<>("flannelTag", String.class,
      "flannel image tag (canal)", List.of(ChartKey.exact("flannel.tag")), TRIMMED, null));

  public static final Option<String> ETCD_ENDPOINTS = add(new Option<>("etcdEndpoints", String.class,
      "etcd endpoints, comma separated (datastore etcd)", List.of(ChartKey.exact("etcd.endpoints")),
      TRIMMED, v -> ETCD_ENDPOINTS_PLACEHOLDER));

  public static final Option<String> ETCD_CA = add(new Option<>("etcdCa", String.class,
      "etcd CA certificate, PEM", List.of(ChartKey.exact("etcd.tls.ca")), VERBATIM, null));

  public static final Option<String> ETCD_CERT = add(new Option<>("etcdCert", String.class,
      "etcd client certificate, PEM", List.of(ChartKey.exact("etcd.tls.crt")), VERBATIM, null));

  public static final Option<String> ETCD_KEY = add(new Option<>("etcdKey", String.class,
      "etcd client key, PEM", List.of(ChartKey.exact("etcd.tls.key")), VERBATIM, null));

  public static final Option<Cidr> IPV4_POOL_CIDR = add(new Option<>("ipv4PoolCidr", Cidr.class,
      "CIDR of the default IPv4 pool (CALICO_IPV4POOL_CIDR)", List.of(ChartKey.exact("ipv4PoolCidr")),
      (cur, e, s) -> Cidr.lenient(s.trim()), null));

  public static final Option<Integer> IPV4_POOL_BLOCK_SIZE = add(new Option<>("ipv4PoolBlockSize", Integer.class,
      "block size of the default IPv4 pool, 20 to 32", List.of(ChartKey.exact("ipv4PoolBlockSize")),
      integer("ipv4PoolBlockSize"), null));

  public static final Option<EncapsulationMode> IPIP_MODE = add(new Option<>("ipipMode", EncapsulationMode.class,
      "IP-in-IP mode of the default pool: Always, CrossSubnet or Never", List.of(ChartKey.exact("ipipMode")),
      mode("ipipMode"),
      v -> calicoNetwork(v) && (v.get(VXLAN).orElse(false) || v.get(BPF).orElse(false))
          ? EncapsulationMode.NEVER : EncapsulationMode.ALWAYS));

  public static final Option<EncapsulationMode> VXLAN_MODE = add(new Option<>("vxlanMode", EncapsulationMode.class,
      "VXLAN mode of the default pools: Always, CrossSubnet or Never", List.of(ChartKey.exact("vxlanMode")),
      mode("vxlanMode"),
      v -> calicoNetwork(v) && v.get(VXLAN).orElse(false) ? EncapsulationMode.CROSS_SUBNET : EncapsulationMode.NEVER));

  public static final Option<Cidr> IPV6_POOL_CIDR = add(new Option<>("ipv6PoolCidr", Cidr.class,
      "CIDR of the default IPv6 pool: dual stack (CALICO_IPV6POOL_CIDR, IP6, FELIX_IPV6SUPPORT)",
      List.of(ChartKey.exact("ipv6PoolCidr")), (cur, e, s) -> Cidr.lenient(s.trim()), null));

  public static final Option<Integer> IPV6_POOL_BLOCK_SIZE = add(new Option<>("ipv6PoolBlockSize", Integer.class,
      "block size of the default IPv6 pool, 116 to 128", List.of(ChartKey.exact("ipv6PoolBlockSize")),
      integer("ipv6PoolBlockSize"), null));

  public static final Option<String> IP_AUTODETECTION_METHOD = add(new Option<>("ipAutodetectionMethod", String.class,
      "how calico-node finds its IPv4 address, e.g. interface=eth0", List.of(ChartKey.exact("ipAutodetectionMethod")),
      TRIMMED, null));

  public static final Option<String> IP6_AUTODETECTION_METHOD = add(new Option<>("ip6AutodetectionMethod", String.class,
      "how calico-node finds its IPv6 address", List.of(ChartKey.exact("ip6AutodetectionMethod")),
      TRIMMED, null));

  public static final Option<Integer> VETH_MTU = add(new Option<>("vethMtu", Integer.class,
      "MTU of pod interfaces and tunnels (veth_mtu); 0 detects it", List.of(ChartKey.exact("vethMtu")),
      integer("vethMtu"), v -> 0));

  public static final Option<Integer> TYPHA_REPLICAS = add(new Option<>("typhaReplicas", Integer.class,
      "replicas of the Typha deployment (needs typha.enabled)", List.of(ChartKey.exact("typhaReplicas")),
      integer("typhaReplicas"), v -> 1));

  /** Felix settings as environment variables of calico-node, named as Felix reads them ({@code FELIX_...}). */
  public static final Option<Map<String, String>> FELIX = add(new Option<>("felix", Map.class,
      "a Felix setting as a calico-node environment variable: felix.LOGSEVERITYSCREEN=info",
      List.of(ChartKey.prefix("felix.")), (cur, e, s) -> put(cur, felixName(e), s), null));

  public static final Option<Map<String, Quantity>> NODE_RESOURCE_REQUESTS = add(new Option<>("nodeResourceRequests",
      Map.class, "a resource request of calico-node: resources.requests.cpu=250m (replacing the chart's)",
      List.of(ChartKey.prefix("resources.requests.")), (cur, e, s) -> put(cur, e, quantity("resources.requests." + e, s)),
      null));

  public static final Option<Map<String, Quantity>> NODE_RESOURCE_LIMITS = add(new Option<>("nodeResourceLimits",
      Map.class, "a resource limit of calico-node: resources.limits.memory=500Mi",
      List.of(ChartKey.prefix("resources.limits.")), (cur, e, s) -> put(cur, e, quantity("resources.limits." + e, s)),
      null));

  public static final Option<Map<String, String>> NODE_SELECTOR = add(new Option<>("nodeSelector", Map.class,
      "a node selector label of calico-node: nodeSelector.kubernetes.io/os=linux (replacing the chart's)",
      List.of(ChartKey.prefix("nodeSelector.")), (cur, e, s) -> put(cur, e, s), null));

  /** Tolerations added to the calico-node pods after the chart's (fabric8's type; copied in and out). */
  public static final Option<List<Toleration>> NODE_TOLERATIONS = add(new Option<List<Toleration>>("nodeTolerations",
      List.class, "a toleration added to calico-node: tolerations.<key>=<NoSchedule|NoExecute|*>",
      List.of(ChartKey.prefix("tolerations.")), (cur, e, s) -> append(cur, toleration(e, s)), null)
      .copiedWith(list -> list.stream().map(t -> new TolerationBuilder(t).build()).toList()));

  /** Every option, in the order of the table. */
  public static List<Option<?>> all() {
    return Collections.unmodifiableList(ALL);
  }

  /** The option of a name, for example {@code ipv4PoolCidr}. */
  public static java.util.Optional<Option<?>> named(String name) {
    return ALL.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** A Felix setting's environment variable: upper case, with {@code FELIX_} in front. */
  static String felixName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.startsWith("FELIX_") ? upper : "FELIX_" + upper;
  }

  /** A toleration of every taint with a key (and, unless null, one effect), as the chart adds them. */
  static Toleration toleration(String key, String effect) {
    return new TolerationBuilder().withKey(key).withOperator("Exists")
        .withEffect(effect == null || effect.isEmpty() || "*".equals(effect) ? null : effect).build();
  }

  static boolean etcdPreset(Preset p) {
    return p == Preset.CALICO_ETCD || p == Preset.CANAL_ETCD;
  }

  static boolean canalPreset(Preset p) {
    return p == Preset.CANAL || p == Preset.CANAL_ETCD;
  }

  private static boolean calicoNetwork(OptionValues v) {
    return v.get(NETWORK).orElse(Network.CALICO) == Network.CALICO;
  }

  private static <T> Option<T> add(Option<T> option) {
    ALL.add(option);
    return option;
  }

  private static List<ChartKey> componentKeys(String leaf, Release since) {
    List<ChartKey> keys = new ArrayList<>();
    for (Component c : Component.values()) {
      ChartKey k = ChartKey.entry(c.chartKey() + leaf, c.chartKey())
          .help((leaf.equals(".image") ? "image name of " : "registry of ") + c.imageName()
              + (leaf.equals(".image") ? " (before v3.31: registry/name)" : ", e.g. quay.io/calico (v3.31 on)"));
      // The webhooks component came with the v3 CRDs (v3.32): older charts have no key for it.
      Release first = c == Component.WEBHOOKS && (since == null || since.compareTo(Release.V3_32) < 0) ? Release.V3_32 : since;
      keys.add(first == null ? k : k.since(first));
    }
    return keys;
  }

  private static List<ChartKey> registryKeys() {
    List<ChartKey> keys = new ArrayList<>();
    keys.add(ChartKey.exact("registry").help("registry of every Calico image, e.g. registry.example.com/calico (every release)"));
    keys.addAll(componentKeys(".registry", Release.V3_31));
    return keys;
  }

  private static <K, V> Map<K, V> putAll(Map<K, V> current, K[] keys, V value) {
    Map<K, V> m = current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
    for (K k : keys) {
      m.put(k, value);
    }
    return Collections.unmodifiableMap(m);
  }

  private static Component component(String chartKey) {
    return Arrays.stream(Component.values()).filter(c -> c.chartKey().equals(chartKey)).findFirst().orElseThrow();
  }

  private static <K, V> Map<K, V> put(Map<K, V> current, K key, V value) {
    Map<K, V> m = current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
    m.put(key, value);
    return Collections.unmodifiableMap(m);
  }

  private static <E> List<E> append(List<E> current, E element) {
    List<E> l = current == null ? new ArrayList<>() : new ArrayList<>(current);
    l.add(element);
    return Collections.unmodifiableList(l);
  }

  private static Option.TextForm<Boolean> bool(String key) {
    return (cur, e, s) -> {
      String v = s.trim().toLowerCase(Locale.ROOT);
      if (v.equals("true") || v.equals("false")) {
        return Boolean.parseBoolean(v);
      }
      throw new InvalidOptionsException(key + " must be true or false, not '" + s + "'");
    };
  }

  private static Option.TextForm<Integer> integer(String key) {
    return (cur, e, s) -> {
      try {
        return Integer.parseInt(s.trim().replace("\"", ""));
      } catch (NumberFormatException ex) {
        throw new InvalidOptionsException(key + " must be a whole number, not '" + s + "'", ex);
      }
    };
  }

  private static Option.TextForm<EncapsulationMode> mode(String key) {
    return (cur, e, s) -> {
      EncapsulationMode m = EncapsulationMode.of(s.trim());
      if (!m.isKnown()) {
        throw new InvalidOptionsException(key + " must be Always, CrossSubnet or Never, not '" + s + "'");
      }
      return m;
    };
  }

  private static Quantity quantity(String key, String text) {
    Quantity q = Quantity.of(text.trim());
    if (!q.isValid()) {
      throw new InvalidOptionsException(key + " must be a Kubernetes quantity such as 250m or 1Gi, not '" + text + "'");
    }
    return q;
  }
}
