package dev.calicokit.schemas.internal.update;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.values.IpParser;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a new manifest against the one that is installed, as {@code kubectl apply} of the new file
 * would change the cluster: Calico's immutable fields (errors, as calicoctl and the API server refuse
 * them) and the changes that are accepted but do not do what the user expects (warnings, each saying
 * what to do instead). Documents only the installed manifest has are reported against it: their
 * findings carry the previous manifest's document index, and their rule ids are {@link #ABOUT_PREVIOUS}.
 */
public final class UpdateRules {
  /** Rule ids. */
  static final String POOL_CIDR_ENV = "update.pool-cidr-env-changed";
  static final String ENCAPSULATION = "update.default-pool-encapsulation-changed";
  static final String VETH_MTU = "update.veth-mtu-changed";
  static final String BLOCK_SIZE_ENV = "update.block-size-changed";
  static final String CRD_REMOVED = "update.crd-removed";
  static final String DOWNGRADE = "update.downgrade";
  static final String NOT_DELETED = "update.not-deleted-by-apply";
  static final String POOL_CIDR = "calico.ippool.cidr-immutable";
  static final String POOL_BLOCK_SIZE = "calico.ippool.block-size-immutable";
  static final String POOL_ALLOWED_USES = "calico.ippool.load-balancer-use-immutable";
  static final String SELECTOR = "k8s.selector-immutable";

  /** The rules whose findings are about documents of the previous manifest. */
  public static final Set<String> ABOUT_PREVIOUS = Set.of(CRD_REMOVED, NOT_DELETED);

  private UpdateRules() {}

  /** A document's identity across the two manifests, as kubectl matches them. */
  public static String key(JsonNode tree) {
    JsonNode meta = tree.path("metadata");
    return tree.path("apiVersion").asText("") + " " + tree.path("kind").asText("") + " "
        + meta.path("namespace").asText("") + "/" + meta.path("name").asText("");
  }

  /** Marks every document of {@code next} as an update of the document of {@code previous} with its key. */
  public static void correlate(List<ValidatedDocument> previous, List<ValidatedDocument> next) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    previous.forEach(p -> byKey.putIfAbsent(key(p.tree()), p.tree()));
    next.forEach(n -> n.updating(byKey.get(key(n.tree()))));
  }

  /** Reports to {@code sink}. */
  public static void check(List<ValidatedDocument> previous, List<ValidatedDocument> next, FindingSink sink) {
    Installed before = new Installed(previous);
    Installed after = new Installed(next);
    for (ValidatedDocument n : next) {
      n.previous().ifPresent(p -> immutables(p, n, sink));
    }
    envChanged(before, after, sink, POOL_CIDR_ENV, List.of("CALICO_IPV4POOL_CIDR", "CALICO_IPV6POOL_CIDR"),
        "changes nothing on an installed cluster: calico-node reads it only to create the default pool on its first"
            + " start. Edit the IPPool resource instead (or add a new pool, migrate the workloads, then disable and"
            + " delete the old one)");
    envChanged(before, after, sink, ENCAPSULATION, List.of("CALICO_IPV4POOL_IPIP", "CALICO_IPV4POOL_VXLAN",
        "CALICO_IPV6POOL_VXLAN"),
        "does not switch the encapsulation of the existing default pool: it only applies when the pool is created."
            + " Change ipipMode and vxlanMode on the IPPool resource, one step at a time (turn VXLAN on, wait until"
            + " every node has its routes, then turn IP-in-IP off), and set calico_backend to match");
    configChanged(before, after, sink, ENCAPSULATION, "calico_backend",
        "switches calico-node's routing backend, but the default pool keeps its encapsulation: change ipipMode and"
            + " vxlanMode on the IPPool resource too, VXLAN on before IP-in-IP off");
    envChanged(before, after, sink, BLOCK_SIZE_ENV, List.of("CALICO_IPV4POOL_BLOCK_SIZE", "CALICO_IPV6POOL_BLOCK_SIZE"),
        "changes nothing on an installed cluster: a pool's block size cannot change once it exists. Create a new"
            + " pool with the block size you want, migrate the workloads to it, then disable and delete the old one");
    configChanged(before, after, sink, VETH_MTU, "veth_mtu",
        "applies to pods created after calico-node restarts; running pods keep their MTU until they are restarted"
            + " (kubectl rollout restart each workload once calico-node has rolled out)");
    downgrade(before, after, next, sink);
    removed(previous, next, sink);
  }

  private static void envChanged(Installed before, Installed after, FindingSink sink, String rule, List<String> names,
      String advice) {
    for (String name : names) {
      Optional<Installed.Located> was = before.env(name);
      Optional<Installed.Located> is = after.env(name);
      String old = was.map(Installed.Located::value).orElse(null);
      String now = is.map(Installed.Located::value).orElse(null);
      if (Objects.equals(old, now) || before.nodeDaemonSet().isEmpty()) {
        continue;
      }
      Optional<Installed.Located> at = is.isPresent() ? is : after.envList();
      at.ifPresent(l -> sink.warning(rule, l.doc(), l.pointer(), name + " changed from " + shown(old) + " to "
          + shown(now) + ": this " + advice));
    }
  }

  private static void configChanged(Installed before, Installed after, FindingSink sink, String rule, String key,
      String advice) {
    Optional<Installed.Located> was = before.config(key);
    Optional<Installed.Located> is = after.config(key);
    if (was.isEmpty() || is.isEmpty() || was.get().value().equals(is.get().value())) {
      return;
    }
    sink.warning(rule, is.get().doc(), is.get().pointer(), key + " changed from " + was.get().value() + " to "
        + is.get().value() + ": this " + advice);
  }

  private static String shown(String value) {
    return value == null ? "(not set)" : value;
  }

  private static void downgrade(Installed before, Installed after, List<ValidatedDocument> next, FindingSink sink) {
    Optional<CalicoRelease> was = before.release();
    Optional<CalicoRelease> is = after.release();
    if (was.isPresent() && is.isPresent() && is.get().compareTo(was.get()) < 0) {
      ValidatedDocument ds = after.nodeDaemonSet().orElse(next.get(0));
      sink.warning(DOWNGRADE, ds, "", "the new manifest is Calico " + is.get().label() + ", older than the installed "
          + was.get().label() + ": Calico does not support downgrades; resources and fields the newer release added stay"
          + " in the datastore and the older components ignore or reject them. Restore from a backup taken before"
          + " the upgrade, or stay on " + was.get().label());
    }
  }

  private static void removed(List<ValidatedDocument> previous, List<ValidatedDocument> next, FindingSink sink) {
    Set<String> kept = new java.util.HashSet<>();
    next.forEach(n -> kept.add(key(n.tree())));
    for (ValidatedDocument p : previous) {
      if (kept.contains(key(p.tree()))) {
        continue;
      }
      String kind = p.kind();
      String name = p.name().orElse("");
      String ns = p.namespace().map(n -> " -n " + n).orElse("");
      String group = group(p.tree());
      String delete = "kubectl delete " + kind.toLowerCase(java.util.Locale.ROOT) + (group.isEmpty() ? "" : "." + group)
          + " " + name + ns;
      if (kind.equals("CustomResourceDefinition")) {
        sink.warning(CRD_REMOVED, p, "", "the CRD " + name + " is not in the new manifest: kubectl apply leaves it"
            + " installed, and resources of its kind that exist stay. Before deleting it (" + delete + "), list them"
            + " (kubectl get " + name + " -A): deleting the CRD deletes every one of them");
      } else {
        sink.warning(NOT_DELETED, p, "", kind + " " + name + " is not in the new manifest, but kubectl apply does not"
            + " delete what a file no longer has: delete it with " + delete);
      }
    }
  }

  /** The API group of a document for kubectl's {@code kind.group}; "" (and no dot) for the core group. */
  private static String group(JsonNode tree) {
    String apiVersion = tree.path("apiVersion").asText("");
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  private static void immutables(JsonNode p, ValidatedDocument n, FindingSink sink) {
    String kind = n.kind();
    JsonNode was = p.path("spec");
    JsonNode is = n.tree().path("spec");
    if (kind.equals("IPPool")) {
      String oldCidr = was.path("cidr").asText("");
      String newCidr = is.path("cidr").asText("");
      if (!cidrChangeOk(oldCidr, newCidr)) {
        sink.error(POOL_CIDR, n, "/spec/cidr", "an IP pool's CIDR cannot be modified (installed: " + oldCidr + ", new: "
            + newCidr + "): create a new pool with this CIDR, migrate the workloads, then disable and delete this one");
      }
      int oldSize = blockSize(was, oldCidr);
      int newSize = blockSize(is, newCidr);
      if (oldSize != newSize) {
        sink.error(POOL_BLOCK_SIZE, n, "/spec/blockSize", "an IP pool's block size cannot be modified (installed: "
            + oldSize + ", new: " + newSize + "): create a new pool with this block size and migrate to it");
      }
      if (uses(was).contains("LoadBalancer") && uses(is).stream().anyMatch(u -> !u.equals("LoadBalancer"))) {
        sink.error(POOL_ALLOWED_USES, n, "/spec/allowedUses", "a pool for LoadBalancer addresses cannot be changed to"
            + " Workload or Tunnel use: create a separate pool for those");
      }
    } else if ((kind.equals("DaemonSet") || kind.equals("Deployment")) && was.has("selector")
        && !was.path("selector").equals(is.path("selector"))) {
      sink.error(SELECTOR, n, "/spec/selector", "a " + kind + "'s selector is immutable: kubectl apply fails with"
          + " 'field is immutable'; keep the installed selector, or delete the " + kind + " and create it again");
    }
  }

  /** As libcalico-go: the same text, or the same network written canonically. */
  private static boolean cidrChangeOk(String oldCidr, String newCidr) {
    if (oldCidr.equals(newCidr)) {
      return true;
    }
    var o = IpParser.parseCIDR(oldCidr).map(x -> x.masked());
    var n = IpParser.parseCIDR(newCidr).map(x -> x.masked());
    return o.isPresent() && n.isPresent() && o.equals(n) && n.get().toString().equals(newCidr);
  }

  /** The block size, defaulted as Calico defaults it (26 for IPv4, 122 for IPv6). */
  private static int blockSize(JsonNode spec, String cidr) {
    if (spec.path("blockSize").canConvertToInt() && spec.path("blockSize").asInt() != 0) {
      return spec.path("blockSize").asInt();
    }
    return cidr.contains(":") ? 122 : 26;
  }

  private static List<String> uses(JsonNode spec) {
    List<String> out = new ArrayList<>();
    spec.path("allowedUses").forEach(u -> out.add(u.asText()));
    return out.isEmpty() ? List.of("Workload", "Tunnel") : out;
  }
}
