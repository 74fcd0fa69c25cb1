package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.PoolEncapsulation;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.IpParser;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.StreamedManifestRule;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The environment of the calico-node container judged as calico-node reads it. {@code FELIX_*} variables
 * are Felix's parameters ({@link FelixParameters}): a name Felix does not declare is ignored by it
 * ({@code manifest.env.felix-unknown}, a warning naming the closest parameter), a value its parser
 * refuses is an error ({@code manifest.env.felix-value}; Felix logs it and keeps the default). The
 * variables of calico-node's start-up ({@code node/pkg/lifecycle/startup}) are judged by the values it
 * takes ({@code manifest.env.value}: pool modes, CIDRs, block sizes, IP, autodetection methods, the
 * networking backend); a name close to one calico-node reads is a likely typo
 * ({@code manifest.env.unknown}). The default pool the variables describe must be one Calico accepts
 * ({@code manifest.env.ipip-with-vxlan}, {@code manifest.env.ipip-without-bgp}), the contradictions the
 * builder refuses as options. Only literal {@code value}s are judged; {@code valueFrom} is not resolved.
 */
public final class NodeEnvRule implements StreamedManifestRule {
  /** The variables besides FELIX_* that the calico-node binary reads (startup, confd, apiconfig, health). */
  private static final Set<String> NODE_VARIABLES = new TreeSet<>(List.of(
      "AS", "AUTODETECT_POLL_INTERVAL", "BGP_LOGSEVERITYSCREEN", "CLUSTER_TYPE", "DATASTORE_TYPE",
      "DISABLE_NODE_IP_CHECK", "HOSTNAME", "IP", "IP6", "IP6_AUTODETECTION_METHOD", "IP_AUTODETECTION_METHOD",
      "KUBECONFIG", "KUBERNETES_APISERVER_ENDPOINTS", "KUBERNETES_SERVICE_IPS_PORTS", "KUBERNETES_SERVICE_HOST",
      "KUBERNETES_SERVICE_PORT", "NAMESPACE", "NODENAME", "NODE_USER_ID", "NO_DEFAULT_POOLS", "USE_POD_CIDR",
      "VXLAN_VNI", "WAIT_FOR_DATASTORE", "ETCD_CA_CERT_FILE", "ETCD_CERT_FILE", "ETCD_DISCOVERY_SRV",
      "ETCD_ENDPOINTS", "ETCD_KEY_FILE", "ETCD_PASSWORD", "ETCD_USERNAME", "K8S_API_ENDPOINT", "K8S_CA_FILE",
      "K8S_CERT_FILE", "K8S_CLIENT_BURST", "K8S_CLIENT_QPS", "K8S_CURRENT_CONTEXT", "K8S_DISABLE_NODE_POLL",
      "K8S_INSECURE_SKIP_TLS_VERIFY", "K8S_KEY_FILE",
      "CALICO_ADVERTISE_CLUSTER_IPS", "CALICO_API_GROUP", "CALICO_CGROUP_PATH", "CALICO_CNI_SERVICE_ACCOUNT",
      "CALICO_CRD_PATH", "CALICO_DISABLE_FILE_LOGGING", "CALICO_ENDPOINT_STATUS_PATH_PREFIX",
      "CALICO_IPV4POOL_BLOCK_SIZE", "CALICO_IPV4POOL_CIDR", "CALICO_IPV4POOL_DISABLE_BGP_EXPORT",
      "CALICO_IPV4POOL_IPIP", "CALICO_IPV4POOL_NAT_OUTGOING", "CALICO_IPV4POOL_NODE_SELECTOR",
      "CALICO_IPV4POOL_VXLAN", "CALICO_IPV6POOL_BLOCK_SIZE", "CALICO_IPV6POOL_CIDR",
      "CALICO_IPV6POOL_DISABLE_BGP_EXPORT", "CALICO_IPV6POOL_NAT_OUTGOING", "CALICO_IPV6POOL_NODE_SELECTOR",
      "CALICO_IPV6POOL_VXLAN", "CALICO_K8S_NODE_REF", "CALICO_LOG_DIR", "CALICO_MANAGE_CNI",
      "CALICO_NETWORKING_BACKEND", "CALICO_NODENAME_FILE", "CALICO_ROUTER_ID", "CALICO_SHUTDOWN_TIMESTAMP_FILE",
      "CALICO_STARTUP_LOGLEVEL", "CALICO_UNKNOWN_NODE_REF",
      // libcalico-go's client configuration also reads its variables with the CALICO_ prefix
      "CALICO_DATASTORE_TYPE", "CALICO_ETCD_ENDPOINTS", "CALICO_ETCD_DISCOVERY_SRV", "CALICO_ETCD_USERNAME",
      "CALICO_ETCD_PASSWORD", "CALICO_ETCD_KEY_FILE", "CALICO_ETCD_CERT_FILE", "CALICO_ETCD_CA_CERT_FILE",
      "CALICO_KUBECONFIG", "CALICO_K8S_API_ENDPOINT", "CALICO_K8S_CA_FILE", "CALICO_K8S_CERT_FILE",
      "CALICO_K8S_KEY_FILE", "CALICO_K8S_INSECURE_SKIP_TLS_VERIFY", "CALICO_K8S_CURRENT_CONTEXT",
      "CALICO_K8S_CLIENT_QPS", "CALICO_K8S_CLIENT_BURST", "CALICO_K8S_DISABLE_NODE_POLL", "CALICO_USE_POD_CIDR"));
  private static final Set<String> MODES = Set.of("", "off", "never", "crosssubnet", "cross-subnet", "always");
  private static final List<String> AUTODETECTION_PREFIXES =
      List.of("can-reach=", "interface=", "skip-interface=", "cidr=");
  private static final int TYPO_DISTANCE = 2;

  /** One variable as written: its name, its literal value (empty when valueFrom), and its pointer. */
  private record Variable(String name, Optional<String> value, String pointer) {}

  @Override
  public Pass start() {
    // The environment is judged in its own document as it streams by: nothing of it is kept.
    return (d, context, sink) -> Workloads.podSpec(d).ifPresent(pod -> {
      JsonNode containers = pod.spec().path("containers");
      for (int i = 0; i < containers.size(); i++) {
        JsonNode c = containers.get(i);
        if (c.path("name").asText("").equals("calico-node") || c.path("image").asText("").contains("calico/node")) {
          judge(d, variables(c, pod.pointer() + "/containers/" + i), context.release().minor(), sink);
        }
      }
    });
  }

  private static Map<String, Variable> variables(JsonNode container, String pointer) {
    Map<String, Variable> out = new LinkedHashMap<>(); // as Kubernetes sets them, a later entry wins
    JsonNode env = container.path("env");
    for (int i = 0; i < env.size(); i++) {
      JsonNode e = env.get(i);
      JsonNode value = e.get("value");
      Optional<String> literal = value != null && value.isValueNode() && !value.isNull() ? Optional.of(value.asText())
          : e.has("valueFrom") ? Optional.empty() : Optional.of("");
      out.put(e.path("name").asText(""), new Variable(e.path("name").asText(""), literal, pointer + "/env/" + i));
    }
    return out;
  }

  private static void judge(ValidatedDocument d, Map<String, Variable> env, Release release, FindingSink sink) {
    for (Variable v : env.values()) {
      String upper = v.name().toUpperCase(Locale.ROOT);
      if (upper.startsWith("FELIX_")) {
        felix(d, v, release, sink);
      } else if (!NODE_VARIABLES.contains(v.name())) {
        unknown(d, v, release, sink);
      }
    }
    startup(d, env, sink);
  }

  private static void felix(ValidatedDocument d, Variable v, Release release, FindingSink sink) {
    String param = v.name().substring("FELIX_".length());
    Optional<FelixParameters.Parameter> p = FelixParameters.find(param, release);
    if (p.isEmpty()) {
      String nearest = nearest(param, FelixParameters.names(release));
      sink.warning("manifest.env.felix-unknown", d, v.pointer() + "/name", v.name() + " is not a parameter of Felix"
          + " in Calico " + release.label() + ", so Felix ignores it"
          + (nearest == null ? "" : "; did you mean FELIX_" + nearest.toUpperCase(Locale.ROOT) + "?"));
      return;
    }
    v.value().filter(s -> !s.isEmpty()).ifPresent(value -> p.get().problem(value).ifPresent(why ->
        sink.error("manifest.env.felix-value", d, v.pointer() + "/value", v.name() + "=" + value + ": the value "
            + why + " (Felix's " + p.get().name() + " is " + describe(p.get()) + "); Felix logs an error and"
            + " uses the default")));
  }

  private static String describe(FelixParameters.Parameter p) {
    return switch (p.type()) {
      case "bool", "*bool" -> "a boolean";
      case "int" -> "a whole number" + (p.typeParams().isEmpty() ? "" : " (" + p.typeParams() + ")");
      case "seconds" -> "a number of seconds";
      case "oneof" -> "one of " + p.typeParams().replace(",", ", ");
      default -> "of type " + p.type();
    };
  }

  /** A name calico-node does not read; a warning only where it is close to one it reads (a typo). */
  private static void unknown(ValidatedDocument d, Variable v, Release release, FindingSink sink) {
    List<String> known = new ArrayList<>(NODE_VARIABLES);
    for (String p : FelixParameters.names(release)) {
      known.add("FELIX_" + p.toUpperCase(Locale.ROOT));
    }
    String nearest = nearest(v.name(), known);
    boolean calicoPrefix = v.name().startsWith("CALICO_");
    if (nearest == null || (!calicoPrefix && distance(nearest, v.name()) > TYPO_DISTANCE)) {
      return;
    }
    sink.warning("manifest.env.unknown", d, v.pointer() + "/name", v.name() + " is not a variable calico-node reads"
        + " (so it has no effect); did you mean " + nearest + "?");
  }

  private static void startup(ValidatedDocument d, Map<String, Variable> env, FindingSink sink) {
    Optional<String> ipip = mode(d, env.get("CALICO_IPV4POOL_IPIP"), sink);
    Optional<String> vxlan = mode(d, env.get("CALICO_IPV4POOL_VXLAN"), sink);
    mode(d, env.get("CALICO_IPV6POOL_VXLAN"), sink);
    cidr(d, env.get("CALICO_IPV4POOL_CIDR"), true, sink);
    cidr(d, env.get("CALICO_IPV6POOL_CIDR"), false, sink);
    blockSize(d, env.get("CALICO_IPV4POOL_BLOCK_SIZE"), 20, 32, sink);
    blockSize(d, env.get("CALICO_IPV6POOL_BLOCK_SIZE"), 116, 128, sink);
    address(d, env.get("IP"), true, sink);
    address(d, env.get("IP6"), false, sink);
    autodetection(d, env.get("IP_AUTODETECTION_METHOD"), sink);
    autodetection(d, env.get("IP6_AUTODETECTION_METHOD"), sink);
    Optional<String> backend = literal(env.get("CALICO_NETWORKING_BACKEND"));
    backend.filter(b -> !b.isEmpty() && !List.of("bird", "vxlan", "none").contains(b)).ifPresent(b ->
        sink.warning("manifest.env.value", d, env.get("CALICO_NETWORKING_BACKEND").pointer() + "/value",
            "CALICO_NETWORKING_BACKEND=" + b + ": calico-node knows bird, vxlan and none"));
    if (literal(env.get("NO_DEFAULT_POOLS")).map(s -> s.equalsIgnoreCase("true")).orElse(false)) {
      return; // no default pool is created from the variables
    }
    EncapsulationMode ipipMode = encapsulation(ipip.orElse(""));
    EncapsulationMode vxlanMode = encapsulation(vxlan.orElse(""));
    if (ipipMode != null && vxlanMode != null && PoolEncapsulation.conflicts(ipipMode, vxlanMode)) {
      sink.error("manifest.env.ipip-with-vxlan", d, env.get("CALICO_IPV4POOL_VXLAN").pointer() + "/value",
          "CALICO_IPV4POOL_IPIP=" + ipip.get() + " with CALICO_IPV4POOL_VXLAN=" + vxlan.get() + ": the default pool would"
          + " encapsulate with IP-in-IP and VXLAN at once, which Calico refuses, and calico-node stops at start-up; set"
          + " one of them to Never");
    }
    if (ipipMode != null && !EncapsulationMode.NEVER.equals(ipipMode)
        && backend.map(b -> b.equals("vxlan") || b.equals("none")).orElse(false)) {
      sink.error("manifest.env.ipip-without-bgp", d, env.get("CALICO_IPV4POOL_IPIP").pointer() + "/value",
          "CALICO_IPV4POOL_IPIP=" + ipip.get() + " with CALICO_NETWORKING_BACKEND=" + backend.get() + ": IP-in-IP routes"
          + " need BGP (backend bird); set CALICO_IPV4POOL_IPIP to Never or the backend to bird");
    }
  }

  private static Optional<String> literal(Variable v) {
    return v == null ? Optional.empty() : v.value();
  }

  /** A pool mode as calico-node's createIPPool reads it (case ignored; off and cross-subnet too). */
  private static Optional<String> mode(ValidatedDocument d, Variable v, FindingSink sink) {
    Optional<String> value = literal(v);
    if (value.isPresent() && !MODES.contains(value.get().toLowerCase(Locale.ROOT))) {
      sink.error("manifest.env.value", d, v.pointer() + "/value", v.name() + "=" + value.get() + ": calico-node"
          + " takes Always, CrossSubnet or Never (case ignored; also cross-subnet and off) and stops at start-up"
          + " on anything else");
      return Optional.empty();
    }
    return value;
  }

  private static EncapsulationMode encapsulation(String mode) {
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "", "off", "never" -> EncapsulationMode.NEVER;
      case "crosssubnet", "cross-subnet" -> EncapsulationMode.CROSS_SUBNET;
      case "always" -> EncapsulationMode.ALWAYS;
      default -> null;
    };
  }

  private static void cidr(ValidatedDocument d, Variable v, boolean v4, FindingSink sink) {
    literal(v).filter(s -> !s.isEmpty()).ifPresent(s -> {
      Optional<NetPrefix> n = IpParser.parseCIDR(s);
      if (n.isEmpty() || n.get().is4() != v4) {
        sink.error("manifest.env.value", d, v.pointer() + "/value", v.name() + "=" + s + " is not an IPv" + (v4 ? 4 : 6)
            + " CIDR: calico-node stops at start-up");
      }
    });
  }

  private static void blockSize(ValidatedDocument d, Variable v, int min, int max, FindingSink sink) {
    literal(v).filter(s -> !s.isEmpty()).ifPresent(s -> {
      boolean ok = s.matches("[+-]?[0-9]{1,9}") && Integer.parseInt(s) >= min && Integer.parseInt(s) <= max;
      if (!ok) {
        sink.error("manifest.env.value", d, v.pointer() + "/value", v.name() + "=" + s + ": the block size must be a"
            + " whole number from " + min + " to " + max + "; calico-node stops at start-up");
      }
    });
  }

  private static void address(ValidatedDocument d, Variable v, boolean v4, FindingSink sink) {
    literal(v).filter(s -> !s.isEmpty() && !s.equals("autodetect") && !s.equals("none")).ifPresent(s -> {
      Optional<NetPrefix> n = IpParser.parseCIDROrIP(s);
      if (n.isEmpty() || n.get().is4() != v4) {
        sink.error("manifest.env.value", d, v.pointer() + "/value", v.name() + "=" + s + ": calico-node takes"
            + " autodetect, none or an IPv" + (v4 ? 4 : 6) + " address (optionally with its prefix length)");
      }
    });
  }

  private static void autodetection(ValidatedDocument d, Variable v, FindingSink sink) {
    literal(v).filter(s -> !s.isEmpty() && !s.equals("first-found") && !s.startsWith("kubernetes-internal-ip")
        && AUTODETECTION_PREFIXES.stream().noneMatch(s::startsWith)).ifPresent(s ->
        sink.error("manifest.env.value", d, v.pointer() + "/value", v.name() + "=" + s + " is not an autodetection"
            + " method: first-found, can-reach=DEST, interface=REGEX, skip-interface=REGEX, cidr=CIDR,..."
            + " or kubernetes-internal-ip"));
  }

  private static String nearest(String name, List<String> known) {
    return known.stream().min(java.util.Comparator.<String>comparingInt(k -> distance(k, name)).thenComparing(k -> k))
        .orElse(null);
  }

  private static int distance(String a, String b) {
    return LevenshteinDistance.getDefaultInstance().apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
  }
}
