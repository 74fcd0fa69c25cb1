package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.schemas.internal.DocumentRef;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.StreamedManifestRule;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What workloads and bindings reference exists in the manifest: ConfigMaps and their keys (unless the
 * reference is optional), ServiceAccounts, and the roles of bindings. Secrets are often created outside
 * the manifest (webhook certificates, etcd TLS): a missing Secret is an {@code info}, not an error.
 */
public final class ReferenceRules implements StreamedManifestRule {
  /** ClusterRoles every cluster has, which a manifest binds without defining. */
  private static final Set<String> BUILT_IN_CLUSTER_ROLES = Set.of("cluster-admin", "admin", "edit", "view");

  private record Key(String namespace, String name) {}

  @Override
  public Pass start() {
    Refs refs = new Refs();
    return new Pass() {
      @Override
      public void see(ValidatedDocument d, ValidationContext context, FindingSink sink) {
        refs.define(d);
        Workloads.podSpec(d).ifPresent(refs::checkPod);
        if (d.apiVersion().equals("rbac.authorization.k8s.io/v1")
            && (d.kind().equals("ClusterRoleBinding") || d.kind().equals("RoleBinding"))) {
          refs.checkBinding(d);
        }
      }

      @Override
      public void finish(ValidationContext context, FindingSink sink) {
        refs.judge(sink);
      }
    };
  }

  /**
   * What the manifest defines (keys of ConfigMaps, accounts, Secrets, roles: no document is kept) and the
   * references of its workloads and bindings, judged once every document is seen, since a reference may
   * come before what it names. A reference keeps only the small node it is written in.
   */
  private static final class Refs {
    private final Map<Key, Set<String>> configMaps = new HashMap<>();
    private final Set<Key> serviceAccounts = new HashSet<>();
    private final Set<Key> secrets = new HashSet<>();
    private final Set<String> clusterRoles = new HashSet<>();
    private final Set<Key> roles = new HashSet<>();
    /** The references to judge once every document is seen, in document order, each reporting to {@link #sink}. */
    private final List<Runnable> references = new ArrayList<>();
    private final Set<Key> secretsReported = new HashSet<>();
    private FindingSink sink;

    void define(ValidatedDocument d) {
      String api = d.apiVersion();
      // Most documents of a large file are policies: they are passed over before any key is made.
      if (!api.equals("v1") && !api.equals("rbac.authorization.k8s.io/v1") || d.name().isEmpty()) {
        return;
      }
      Key key = new Key(Workloads.namespace(d), d.name().get());
      switch (d.apiVersion() + " " + d.kind()) {
        case "v1 ConfigMap" -> {
          Set<String> keys = new HashSet<>();
          d.tree().path("data").fieldNames().forEachRemaining(keys::add);
          d.tree().path("binaryData").fieldNames().forEachRemaining(keys::add);
          configMaps.put(key, keys);
        }
        case "v1 ServiceAccount" -> serviceAccounts.add(key);
        case "v1 Secret" -> secrets.add(key);
        case "rbac.authorization.k8s.io/v1 ClusterRole" -> clusterRoles.add(d.name().get());
        case "rbac.authorization.k8s.io/v1 Role" -> roles.add(key);
        default -> { }
      }
    }

    void judge(FindingSink to) {
      sink = to;
      references.forEach(Runnable::run);
    }

    /** Notes the references of a pod spec: its account, the ConfigMaps and Secrets of its env and volumes. */
    void checkPod(Workloads.PodSpec pod) {
      DocumentRef d = DocumentRef.of(pod.doc());
      String ns = Workloads.namespace(pod.doc());
      String sa = Workloads.serviceAccount(pod);
      String field = pod.spec().has("serviceAccountName") ? "serviceAccountName" : "serviceAccount";
      String accountPointer = pod.pointer() + "/" + field;
      references.add(() -> {
        if (!sa.equals("default") && !serviceAccounts.contains(new Key(ns, sa))) {
          sink.error("manifest.service-account-missing", d, accountPointer, "ServiceAccount "
              + q(sa) + " is not in the manifest (namespace " + ns + "): the pods cannot start without it");
        }
      });
      for (Workloads.Container c : Workloads.containers(pod)) {
        JsonNode env = c.node().path("env");
        for (int i = 0; i < env.size(); i++) {
          JsonNode from = env.get(i).path("valueFrom");
          String p = c.pointer() + "/env/" + i + "/valueFrom";
          if (from.has("configMapKeyRef")) {
            JsonNode ref = from.get("configMapKeyRef");
            String key = ref.path("key").asText("");
            references.add(() -> configMapKey(d, ns, ref, p + "/configMapKeyRef", key));
          } else if (from.has("secretKeyRef")) {
            JsonNode ref = from.get("secretKeyRef");
            references.add(() -> secret(d, ns, ref, p + "/secretKeyRef"));
          }
        }
        JsonNode envFrom = c.node().path("envFrom");
        for (int i = 0; i < envFrom.size(); i++) {
          String p = c.pointer() + "/envFrom/" + i;
          if (envFrom.get(i).has("configMapRef")) {
            JsonNode ref = envFrom.get(i).get("configMapRef");
            references.add(() -> configMapKey(d, ns, ref, p + "/configMapRef", null));
          } else if (envFrom.get(i).has("secretRef")) {
            JsonNode ref = envFrom.get(i).get("secretRef");
            references.add(() -> secret(d, ns, ref, p + "/secretRef"));
          }
        }
      }
      JsonNode volumes = pod.spec().path("volumes");
      for (int i = 0; i < volumes.size(); i++) {
        JsonNode v = volumes.get(i);
        String p = pod.pointer() + "/volumes/" + i;
        if (v.has("configMap")) {
          JsonNode ref = v.get("configMap");
          references.add(() -> configMapVolume(d, ns, ref, p + "/configMap"));
        } else if (v.has("secret")) {
          JsonNode s = v.get("secret");
          references.add(() -> secret(d, ns, s, p + "/secret", s.path("secretName").asText("")));
        } else if (v.has("projected")) {
          JsonNode sources = v.get("projected").path("sources");
          for (int j = 0; j < sources.size(); j++) {
            String sp = p + "/projected/sources/" + j;
            JsonNode source = sources.get(j);
            if (source.has("configMap")) {
              references.add(() -> configMapVolume(d, ns, source.get("configMap"), sp + "/configMap"));
            } else if (source.has("secret")) {
              references.add(() -> secret(d, ns, source.get("secret"), sp + "/secret"));
            }
          }
        }
      }
    }

    private void configMapVolume(DocumentRef d, String ns, JsonNode ref, String pointer) {
      JsonNode items = ref.path("items");
      if (!configMapKey(d, ns, ref, pointer, null)) {
        return;
      }
      for (int i = 0; i < items.size(); i++) {
        configMapKey(d, ns, ref, pointer + "/items/" + i, items.get(i).path("key").asText(""));
      }
    }

    /** Checks one reference; false when the ConfigMap itself is missing (or optional and absent). */
    private boolean configMapKey(DocumentRef d, String ns, JsonNode ref, String pointer, String key) {
      if (ref.path("optional").asBoolean(false)) {
        return false;
      }
      String name = ref.path("name").asText("");
      Set<String> keys = configMaps.get(new Key(ns, name));
      if (keys == null) {
        sink.error("manifest.configmap-missing", d, pointer + "/name", "ConfigMap " + q(name)
            + " is not in the manifest (namespace " + ns + ") and the reference is not optional");
        return false;
      }
      if (key != null && !keys.contains(key)) {
        sink.error("manifest.configmap-key-missing", d, pointer + "/key", "ConfigMap " + q(name) + " has no key "
            + q(key) + " and the reference is not optional");
      }
      return true;
    }

    private void secret(DocumentRef d, String ns, JsonNode ref, String pointer) {
      secret(d, ns, ref, pointer, ref.path("name").asText(""));
    }

    private void secret(DocumentRef d, String ns, JsonNode ref, String pointer, String name) {
      Key key = new Key(ns, name);
      if (name.isEmpty() || secrets.contains(key) || ref.path("optional").asBoolean(false)
          || !secretsReported.add(key)) {
        return;
      }
      sink.info("manifest.secret-external", d, pointer, "Secret " + q(name) + " (namespace " + ns
          + ") is not in the manifest: create it before the pods start");
    }

    /** Notes the references of a binding: its role and its subjects. */
    void checkBinding(ValidatedDocument binding) {
      DocumentRef d = DocumentRef.of(binding);
      JsonNode roleRef = binding.tree().path("roleRef");
      JsonNode subjects = binding.tree().path("subjects");
      String ns = Workloads.namespace(binding);
      references.add(() -> judgeBinding(d, ns, roleRef, subjects));
    }

    private void judgeBinding(DocumentRef d, String ns, JsonNode roleRef, JsonNode subjects) {
      String kind = roleRef.path("kind").asText("");
      String name = roleRef.path("name").asText("");
      if (kind.equals("ClusterRole") && !clusterRoles.contains(name) && !BUILT_IN_CLUSTER_ROLES.contains(name)
          && !name.startsWith("system:")) {
        sink.error("manifest.cluster-role-missing", d, "/roleRef/name", "ClusterRole " + q(name)
            + " is not in the manifest: the binding grants nothing");
      } else if (kind.equals("Role") && d.kind().equals("RoleBinding") && !roles.contains(new Key(ns, name))) {
        sink.error("manifest.role-missing", d, "/roleRef/name", "Role " + q(name) + " is not in the manifest"
            + " (namespace " + ns + "): the binding grants nothing");
      }
      for (int i = 0; i < subjects.size(); i++) {
        JsonNode s = subjects.get(i);
        if (!s.path("kind").asText("").equals("ServiceAccount")) {
          continue;
        }
        String saNs = s.path("namespace").asText(d.kind().equals("RoleBinding") ? ns : "");
        String sa = s.path("name").asText("");
        if (!sa.equals("default") && !serviceAccounts.contains(new Key(saNs.isEmpty() ? "default" : saNs, sa))) {
          // A warning, not an error: the account may be created elsewhere, and the binding itself applies.
          sink.warning("manifest.binding-subject-missing", d, "/subjects/" + i + "/name", "ServiceAccount "
              + q(sa) + " (namespace " + saNs + ") is not in the manifest: unless it is created elsewhere the"
              + " binding grants to nobody");
        }
      }
    }

    private static String q(String s) {
      return "\"" + s + "\"";
    }
  }
}
