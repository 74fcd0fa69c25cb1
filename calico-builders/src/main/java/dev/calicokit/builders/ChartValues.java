package dev.calicokit.builders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.calicokit.builders.internal.Versions;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.schema.Release;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Options as keys and text values, for command lines and Helm values files: the keys follow the
 * Calico chart's value names, dotted for nesting ({@code typha.enabled=true}, {@code node.registry=...}),
 * plus keys of our own for the edits people make by hand ({@code ipv4PoolCidr}, {@code vethMtu}, ...).
 *
 * <pre>{@code
 * ChartValues v = ChartValues.forBuilder(CalicoManifest.builder().version("v3.32.1"));
 * v.applyValues(Files.readString(valuesFile));
 * v.apply("typha.enabled", "true").apply("ipv4PoolCidr", "10.0.0.0/16");
 * v.warnings().forEach(System.err::println);
 * Manifest m = v.builder().build();
 * }</pre>
 *
 * An unknown key fails naming the key and the closest known one.
 */
public final class ChartValues {
  /** One key: its name and a one-line help text. */
  public static final class Key {
    private final String name;
    private final String help;
    private final BiConsumer<ChartValues, String> apply;

    Key(String name, String help, BiConsumer<ChartValues, String> apply) {
      this.name = name;
      this.help = help;
      this.apply = apply;
    }

    /** The key as written on a command line, for example {@code typha.enabled}. */
    public String name() {
      return name;
    }

    /** What the key sets, in one line. */
    public String help() {
      return help;
    }

    @Override
    public String toString() {
      return name + ": " + help;
    }
  }

  private static final Map<String, Key> KEYS = new LinkedHashMap<>();
  /** Keys that take a name after a prefix: {@code felix.LOGSEVERITYSCREEN}, {@code nodeSelector.zone}. */
  private static final Map<String, Key> PREFIXES = new LinkedHashMap<>();
  private static final Map<String, BiConsumer<ChartValues, String[]>> PREFIX_APPLY = new LinkedHashMap<>();

  static {
    key("preset", "the official file to start from: calico, calico-vxlan, calico-typha, ... (default calico)",
        (v, s) -> v.b.preset(Preset.parse(s)));
    key("version", "the Calico version, e.g. v3.32.1", (v, s) -> v.b.version(s));
    key("datastore", "kubernetes or etcd", (v, s) -> v.b.datastore(Datastore.parse(s)));
    key("network", "calico, flannel (canal) or none (policy only)", (v, s) -> v.b.network(Network.parse(s)));
    key("vxlan", "true: VXLAN instead of BGP with IP-in-IP", (v, s) -> v.b.vxlan(bool("vxlan", s)));
    key("bpf", "true: the eBPF data plane", (v, s) -> v.b.bpf(bool("bpf", s)));
    key("typha.enabled", "true: run Typha between the datastore and calico-node", (v, s) -> v.b.typha(bool("typha.enabled", s)));
    key("ipam", "calico-ipam or host-local", (v, s) -> v.b.ipam(Ipam.parse(s)));
    key("includeCRDs", "false: leave the CRDs out", (v, s) -> v.b.includeCrds(bool("includeCRDs", s)));
    key("useV3CRDs", "true (v3.32 on): projectcalico.org/v3 CRDs with their webhooks", (v, s) -> v.b.useV3Crds(bool("useV3CRDs", s)));
    key("imagePullPolicy", "Always, IfNotPresent or Never", (v, s) -> v.b.imagePullPolicy(s));
    for (Component c : Component.values()) {
      key(c.chartKey() + ".image", "image name of " + c.imageName() + " (before v3.31: registry/name)", (v, s) -> v.b.image(c, s));
      key(c.chartKey() + ".registry", "registry of " + c.imageName() + ", e.g. quay.io/calico (v3.31 on)", (v, s) -> {
        v.registryComponents.add(c);
        v.b.registry(c, s);
      });
    }
    key("flannel.image", "flannel image without tag (canal)", (v, s) -> v.flannelImage = s);
    key("flannel.tag", "flannel image tag (canal)", (v, s) -> v.flannelTag = s);
    key("etcd.endpoints", "etcd endpoints, comma separated (datastore etcd)", (v, s) -> v.b.etcdEndpoints(s));
    key("etcd.tls.ca", "etcd CA certificate, PEM", (v, s) -> v.etcdCa = s);
    key("etcd.tls.crt", "etcd client certificate, PEM", (v, s) -> v.etcdCert = s);
    key("etcd.tls.key", "etcd client key, PEM", (v, s) -> v.etcdKey = s);
    key("mtu", "accepted for Helm values files; the chart's templates do not use it (use vethMtu)",
        (v, s) -> v.warnings.add("mtu=" + s + " is ignored: the chart's templates do not use it; set vethMtu instead"));
    for (String unused : List.of("calicoctl", "flannelMigration", "dikastes", "csi-driver")) {
      for (String leaf : List.of("image", "registry")) {
        key(unused + "." + leaf, "accepted for Helm values files; no manifest rendered here runs " + unused,
            (v, s) -> v.warnings.add(unused + "." + leaf + " is ignored: no manifest rendered here runs " + unused));
      }
    }
    key("imageTag", "tag of every Calico image (default: the version's)", (v, s) -> v.b.imageTag(s));
    key("ipv4PoolCidr", "CIDR of the default IPv4 pool (CALICO_IPV4POOL_CIDR)", (v, s) -> v.b.ipv4PoolCidr(s));
    key("ipv4PoolBlockSize", "block size of the default IPv4 pool, 20 to 32", (v, s) -> v.b.ipv4PoolBlockSize(integer("ipv4PoolBlockSize", s)));
    key("ipipMode", "IP-in-IP mode of the default pool: Always, CrossSubnet or Never", (v, s) -> v.b.ipipMode(mode("ipipMode", s)));
    key("vxlanMode", "VXLAN mode of the default pools: Always, CrossSubnet or Never", (v, s) -> v.b.vxlanMode(mode("vxlanMode", s)));
    key("ipv6PoolCidr", "CIDR of the default IPv6 pool: dual stack (CALICO_IPV6POOL_CIDR, IP6, FELIX_IPV6SUPPORT)", (v, s) -> v.b.ipv6PoolCidr(s));
    key("ipv6PoolBlockSize", "block size of the default IPv6 pool, 116 to 128", (v, s) -> v.b.ipv6PoolBlockSize(integer("ipv6PoolBlockSize", s)));
    key("ipAutodetectionMethod", "how calico-node finds its IPv4 address, e.g. interface=eth0", (v, s) -> v.b.ipAutodetectionMethod(s));
    key("ip6AutodetectionMethod", "how calico-node finds its IPv6 address", (v, s) -> v.b.ip6AutodetectionMethod(s));
    key("vethMtu", "MTU of pod interfaces and tunnels (veth_mtu); 0 detects it", (v, s) -> v.b.vethMtu(integer("vethMtu", s)));
    key("typhaReplicas", "replicas of the Typha deployment (needs typha.enabled)", (v, s) -> v.b.typhaReplicas(integer("typhaReplicas", s)));
    prefix("felix.", "a Felix setting as a calico-node environment variable: felix.LOGSEVERITYSCREEN=info",
        (v, kv) -> v.b.felix(kv[0], kv[1]));
    prefix("nodeSelector.", "a node selector label of calico-node: nodeSelector.kubernetes.io/os=linux",
        (v, kv) -> v.nodeSelector.put(kv[0], kv[1]));
    prefix("resources.requests.", "a resource request of calico-node: resources.requests.cpu=250m",
        (v, kv) -> v.requests.put(kv[0], kv[1]));
    prefix("resources.limits.", "a resource limit of calico-node: resources.limits.memory=500Mi",
        (v, kv) -> v.limits.put(kv[0], kv[1]));
    prefix("tolerations.", "a toleration added to calico-node: tolerations.<key>=<NoSchedule|NoExecute|*>",
        (v, kv) -> v.b.addNodeToleration(ImmutableToleration.builder().key(kv[0])
            .effect("*".equals(kv[1]) || kv[1].isEmpty() ? null : kv[1]).build()));
  }

  private final CalicoManifest.Builder b;
  private final List<String> warnings = new ArrayList<>();
  /** The components whose registry key was given: the chart has those keys from v3.31 on only. */
  private final List<Component> registryComponents = new ArrayList<>();
  private final Map<String, String> nodeSelector = new LinkedHashMap<>();
  private final Map<String, String> requests = new LinkedHashMap<>();
  private final Map<String, String> limits = new LinkedHashMap<>();
  private String flannelImage;
  private String flannelTag;
  private String etcdCa;
  private String etcdCert;
  private String etcdKey;

  private ChartValues(CalicoManifest.Builder b) {
    this.b = b;
  }

  /** Values applied to a builder (which may already hold other options). */
  public static ChartValues forBuilder(CalicoManifest.Builder builder) {
    return new ChartValues(builder);
  }

  /** Every key with its help, in a stable order; prefix keys end with a dot. */
  public static List<Key> keys() {
    List<Key> all = new ArrayList<>(KEYS.values());
    all.addAll(PREFIXES.values());
    return Collections.unmodifiableList(all);
  }

  /** Sets one key; fails naming the key and the closest known one when it is unknown, or the value when bad. */
  public ChartValues apply(String key, String value) {
    Key k = KEYS.get(key);
    if (k != null) {
      k.apply.accept(this, value);
      return this;
    }
    for (Map.Entry<String, Key> p : PREFIXES.entrySet()) {
      if (key.startsWith(p.getKey()) && key.length() > p.getKey().length()) {
        String[] kv = {key.substring(p.getKey().length()), value};
        PREFIX_APPLY.get(p.getKey()).accept(this, kv);
        return this;
      }
    }
    throw new InvalidOptionsException("unknown key '" + key + "'; did you mean '" + closest(key) + "'?");
  }

  /** Applies {@code key=value}. */
  public ChartValues apply(String assignment) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new InvalidOptionsException("expected key=value, not '" + assignment + "'");
    }
    return apply(assignment.substring(0, eq).trim(), assignment.substring(eq + 1));
  }

  /** Applies a Helm values file (YAML): nested keys are joined with dots; null values are skipped. */
  public ChartValues applyValues(String yaml) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidOptionsException("values file is not YAML: " + e.getOriginalMessage(), e);
    }
    if (root != null && !root.isMissingNode() && !root.isNull()) {
      if (!root.isObject()) {
        throw new InvalidOptionsException("values file must be a mapping of keys to values");
      }
      flatten("", root);
    }
    return this;
  }

  private void flatten(String prefix, JsonNode node) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject() && !KEYS.containsKey(key)) {
        flatten(key + ".", v);
      } else if (!v.isNull()) {
        apply(key, v.isValueNode() ? v.asText() : v.toString());
      }
    }
  }

  /** What was accepted but has no effect, one message each. */
  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  /**
   * The builder with every value applied so far.
   *
   * @throws InvalidOptionsException where a key is not one of the chosen release's chart (a registry
   *     per component before v3.31)
   */
  public CalicoManifest.Builder builder() {
    checkKeysOfTheRelease();
    if (flannelImage != null || flannelTag != null) {
      b.flannelImage(flannelImage, flannelTag);
    }
    if (etcdCa != null || etcdCert != null || etcdKey != null) {
      b.etcdTls(etcdCa, etcdCert, etcdKey);
    }
    if (!nodeSelector.isEmpty()) {
      b.nodeSelector(nodeSelector);
    }
    if (!requests.isEmpty() || !limits.isEmpty()) {
      b.nodeResources(requests, limits);
    }
    return b;
  }

  /**
   * Charts before v3.31 have no registry key per component: the registry is part of the image value
   * ({@code node.image=quay.io/calico/node}). A values file written for such a chart never holds one,
   * so a registry key there is a values file meant for another release; saying so beats guessing. The
   * version is known only once every value is in (a values file may name it last), hence the check here.
   */
  private void checkKeysOfTheRelease() {
    if (registryComponents.isEmpty()) {
      return;
    }
    Versions.Version version;
    try {
      version = Versions.parse(b.options().version());
    } catch (InvalidOptionsException unsupported) {
      return; // build() reports the version itself
    }
    if (version.atLeast(Release.V3_31)) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (Component c : registryComponents) {
      String component = c.chartKey();
      problems.add(component + ".registry is a chart key from v3.31 on; the chart of " + version + " gives the registry in "
          + component + ".image, e.g. " + component + ".image=quay.io/calico/" + c.imageName());
    }
    throw new InvalidOptionsException("keys not in the chart of " + version, problems);
  }

  private static void key(String name, String help, BiConsumer<ChartValues, String> apply) {
    KEYS.put(name, new Key(name, help, apply));
  }

  private static void prefix(String name, String help, BiConsumer<ChartValues, String[]> apply) {
    PREFIXES.put(name, new Key(name, help, null));
    PREFIX_APPLY.put(name, apply);
  }

  private static boolean bool(String key, String s) {
    String v = s.trim().toLowerCase(Locale.ROOT);
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    throw new InvalidOptionsException(key + " must be true or false, not '" + s + "'");
  }

  private static int integer(String key, String s) {
    try {
      return Integer.parseInt(s.trim().replace("\"", ""));
    } catch (NumberFormatException e) {
      throw new InvalidOptionsException(key + " must be a whole number, not '" + s + "'", e);
    }
  }

  private static EncapsulationMode mode(String key, String s) {
    EncapsulationMode m = EncapsulationMode.of(s.trim());
    if (!m.isKnown()) {
      throw new InvalidOptionsException(key + " must be Always, CrossSubnet or Never, not '" + s + "'");
    }
    return m;
  }

  /** The known key (or prefix) nearest to a key by edit distance, case ignored. */
  static String closest(String key) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Key k : keys()) {
      int d = LevenshteinDistance.getDefaultInstance()
          .apply(key.toLowerCase(Locale.ROOT), k.name().toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k.name();
      }
    }
    return best;
  }
}
