package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  record Holder(ValidatedDocument workload, String pointer, String namespace, String serviceAccount,
      List<Grant> grants, Set<String> boundRoles) {}

  private Grants() {}

  /** The holders of a manifest, keyed by workload name, in document order. */
  static Map<String, Holder> of(List<ValidatedDocument> docs) {
    Map<String, JsonNode> clusterRoles = new LinkedHashMap<>();
    Map<String, JsonNode> roles = new LinkedHashMap<>();
    for (ValidatedDocument d : docs) {
      if (d.apiVersion().equals("rbac.authorization.k8s.io/v1") && d.name().isPresent()) {
        if (d.kind().equals("ClusterRole")) {
          clusterRoles.put(d.name().get(), d.tree());
        } else if (d.kind().equals("Role")) {
          roles.put(Workloads.namespace(d) + "/" + d.name().get(), d.tree());
        }
      }
    }
    Map<String, Holder> out = new LinkedHashMap<>();
    for (ValidatedDocument d : docs) {
      if (!WORKLOADS.contains(d.name().orElse("")) || out.containsKey(d.name().get())) {
        continue;
      }
      Workloads.podSpec(d).ifPresent(pod -> {
        String ns = Workloads.namespace(d);
        String sa = Workloads.serviceAccount(pod);
        List<Grant> grants = new ArrayList<>();
        Set<String> bound = new java.util.TreeSet<>();
        for (ValidatedDocument b : docs) {
          boolean crb = b.kind().equals("ClusterRoleBinding");
          if (!b.apiVersion().equals("rbac.authorization.k8s.io/v1") || !crb && !b.kind().equals("RoleBinding")
              || !bindsTo(b, ns, sa)) {
            continue;
          }
          String refKind = b.tree().path("roleRef").path("kind").asText("");
          String refName = b.tree().path("roleRef").path("name").asText("");
          JsonNode role = refKind.equals("ClusterRole") ? clusterRoles.get(refName)
              : roles.get(Workloads.namespace(b) + "/" + refName);
          if (role != null) {
            bound.add(refName);
            collect(role, refName, grants);
          }
        }
        out.put(d.name().get(), new Holder(d, pod.pointer() + "/serviceAccountName", ns, sa, grants, bound));
      });
    }
    return out;
  }

  private static boolean bindsTo(ValidatedDocument binding, String ns, String sa) {
    String bindingNs = Workloads.namespace(binding);
    for (JsonNode s : binding.tree().path("subjects")) {
      if (s.path("kind").asText("").equals("ServiceAccount") && s.path("name").asText("").equals(sa)
          && s.path("namespace").asText(bindingNs).equals(ns)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(JsonNode role, String roleName, List<Grant> out) {
    for (JsonNode rule : role.path("rules")) {
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
