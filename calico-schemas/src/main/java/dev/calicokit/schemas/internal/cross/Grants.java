package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.schemas.internal.DocumentRef;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The RBAC permissions that the service account of each Calico workload holds in a manifest. */
final class Grants {
  /** The Calico workloads whose permissions are compared with the official manifest's. */
  static final Set<String> WORKLOADS = Set.of("calico-node", "canal", "canal-node", "calico-kube-controllers",
      "calico-typha");

  /** One permission: a verb on a resource of an API group, on one named object or ("*") on all. */
  record Grant(String group, String resource, String verb, String resourceName, String role) {
    boolean covers(Grant want) {
      return (group.equals("*") || group.equals(want.group)) && (resource.equals("*") || resource.equals(want.resource))
          && (verb.equals("*") || verb.equals(want.verb))
          && (resourceName.equals("*") || resourceName.equals(want.resourceName));
    }
  }

  /** A Calico workload with its service account and the grants reaching it. */
  record Holder(DocumentRef workload, String pointer, String namespace, String serviceAccount,
      List<Grant> grants, Set<String> boundRoles) {}

  /** A Calico workload as seen: the document, where its account is named, and the account. */
  private record Workload(DocumentRef doc, String pointer, String namespace, String serviceAccount) {}

  /** A binding as seen: its namespace, the role it refers to, and its subjects as written. */
  private record Binding(String namespace, String roleKind, String roleName, JsonNode subjects) {}

  private Grants() {}

  /** The holders of a manifest, keyed by workload name, in document order. */
  static Map<String, Holder> of(List<ValidatedDocument> docs) {
    Collector c = new Collector();
    docs.forEach(c::see);
    return c.holders();
  }

  /**
   * Collects the holders of a manifest as its documents stream by, keeping of each only what the grants
   * are made of: the rules of roles, the role and subjects of bindings, the account of Calico's workloads.
   */
  static final class Collector {
    private final Map<String, JsonNode> clusterRoleRules = new HashMap<>();
    private final Map<String, JsonNode> roleRules = new HashMap<>();
    private final List<Binding> bindings = new ArrayList<>();
    private final Map<String, Workload> workloads = new LinkedHashMap<>();

    /** Learns what the next document grants or runs. */
    void see(ValidatedDocument d) {
      if (d.apiVersion().equals("rbac.authorization.k8s.io/v1")) {
        boolean crb = d.kind().equals("ClusterRoleBinding");
        if (d.name().isPresent() && d.kind().equals("ClusterRole")) {
          clusterRoleRules.put(d.name().get(), d.tree().path("rules")); // a later role of the name wins
        } else if (d.name().isPresent() && d.kind().equals("Role")) {
          roleRules.put(Workloads.namespace(d) + "/" + d.name().get(), d.tree().path("rules"));
        } else if (crb || d.kind().equals("RoleBinding")) {
          JsonNode roleRef = d.tree().path("roleRef");
          bindings.add(new Binding(Workloads.namespace(d), roleRef.path("kind").asText(""),
              roleRef.path("name").asText(""), d.tree().path("subjects")));
        }
      }
      String name = d.name().orElse("");
      if (WORKLOADS.contains(name) && !workloads.containsKey(name)) {
        Workloads.podSpec(d).ifPresent(pod -> workloads.put(name, new Workload(DocumentRef.of(d),
            pod.pointer() + "/serviceAccountName", Workloads.namespace(d), Workloads.serviceAccount(pod))));
      }
    }

    /** The holders of the documents seen, keyed by workload name, in document order. */
    Map<String, Holder> holders() {
      Map<String, Holder> out = new LinkedHashMap<>();
      for (Map.Entry<String, Workload> e : workloads.entrySet()) {
        Workload w = e.getValue();
        List<Grant> grants = new ArrayList<>();
        Set<String> bound = new TreeSet<>();
        for (Binding b : bindings) {
          if (!bindsTo(b, w.namespace(), w.serviceAccount())) {
            continue;
          }
          JsonNode rules = b.roleKind().equals("ClusterRole") ? clusterRoleRules.get(b.roleName())
              : roleRules.get(b.namespace() + "/" + b.roleName());
          if (rules != null) {
            bound.add(b.roleName());
            collect(rules, b.roleName(), grants);
          }
        }
        out.put(e.getKey(), new Holder(w.doc(), w.pointer(), w.namespace(), w.serviceAccount(), grants, bound));
      }
      return out;
    }
  }

  private static boolean bindsTo(Binding binding, String ns, String sa) {
    for (JsonNode s : binding.subjects()) {
      if (s.path("kind").asText("").equals("ServiceAccount") && s.path("name").asText("").equals(sa)
          && s.path("namespace").asText(binding.namespace()).equals(ns)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(JsonNode rules, String roleName, List<Grant> out) {
    for (JsonNode rule : rules) {
      List<String> groups = strings(rule.path("apiGroups"));
      List<String> names = strings(rule.path("resourceNames"));
      if (names.isEmpty()) {
        names = List.of("*");
      }
      for (String g : groups) {
        for (String r : strings(rule.path("resources"))) {
          for (String v : strings(rule.path("verbs"))) {
            for (String n : names) {
              out.add(new Grant(g, r, v, n, roleName));
            }
          }
        }
      }
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
