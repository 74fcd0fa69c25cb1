package dev.calicokit.builders.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts of a manifest that a changelog speaks of, each keyed by a subject in words with a value to
 * compare: its documents, CRD properties, env vars, volumes, mounts, RBAC grants and images. Two
 * manifests' facts, compared key by key, give what was added, removed and changed.
 */
public final class ManifestFacts {
  /** Facts per kind of fact (the names of {@code ReleaseChange.Kind}), each subject to its value. */
  private final Map<String, Map<String, String>> facts = new TreeMap<>();

  private ManifestFacts() {}

  /** The facts of a manifest. */
  public static ManifestFacts of(Manifest m) {
    ManifestFacts f = new ManifestFacts();
    for (ManifestDocument d : m.documents()) {
      f.read(d.toTree());
    }
    return f;
  }

  /** The facts of one kind ({@code "ENV_VAR"}, ...), subject to value, sorted by subject. */
  public Map<String, String> of(String kind) {
    return facts.getOrDefault(kind, Map.of());
  }

  private void put(String kind, String subject, String value) {
    facts.computeIfAbsent(kind, k -> new TreeMap<>()).put(subject, value);
  }

  private void read(JsonNode doc) {
    String kind = doc.path("kind").asText();
    JsonNode meta = doc.path("metadata");
    String ns = meta.path("namespace").asText("");
    String name = meta.path("name").asText();
    String id = kind + " " + (ns.isEmpty() ? "" : ns + "/") + name;
    put("DOCUMENT", id, "");
    switch (kind) {
      case "CustomResourceDefinition" -> crd(doc);
      case "ClusterRole", "Role" -> rules(id, doc.path("rules"));
      case "DaemonSet", "Deployment", "StatefulSet", "ReplicaSet", "Job" -> pod(kind + " " + name, doc.path("spec").path("template").path("spec"));
      default -> { }
    }
  }

  private void crd(JsonNode doc) {
    JsonNode spec = doc.path("spec");
    String kind = spec.path("names").path("kind").asText();
    for (JsonNode v : spec.path("versions")) {
      String where = kind + " (" + spec.path("group").asText() + "/" + v.path("name").asText() + ")";
      properties(where, "", v.path("schema").path("openAPIV3Schema"));
    }
  }

  /**
   * Every property path of a schema, with what it accepts as the value: its type, default, enum,
   * pattern and bounds (a change of any is a change; descriptions are not).
   */
  private void properties(String where, String path, JsonNode schema) {
    JsonNode props = schema.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      put("CRD_PROPERTY", where + " " + p, accepts(e.getValue()));
      properties(where, p, e.getValue());
      if (e.getValue().has("items")) {
        properties(where, p + "[]", e.getValue().path("items"));
      }
    }
  }

  private static String accepts(JsonNode property) {
    StringBuilder b = new StringBuilder(property.path("type").asText("any"));
    for (String facet : new String[] {"format", "default", "enum", "pattern", "minimum", "maximum", "minLength", "maxLength"}) {
      JsonNode v = property.get(facet);
      if (v != null) {
        b.append(", ").append(facet).append(' ').append(v.isTextual() ? v.asText() : v.toString());
      }
    }
    return b.toString();
  }

  /** Each grant of a role as one fact: verb on group/resource (and resource name). */
  private void rules(String role, JsonNode rules) {
    for (JsonNode r : rules) {
      for (JsonNode group : r.path("apiGroups")) {
        for (JsonNode resource : r.path("resources")) {
          String target = resource.asText() + (group.asText().isEmpty() ? "" : "." + group.asText());
          JsonNode names = r.path("resourceNames");
          for (JsonNode verb : r.path("verbs")) {
            if (names.isEmpty()) {
              put("RBAC_RULE", role + ": " + verb.asText() + " " + target, "");
            }
            for (JsonNode n : names) {
              put("RBAC_RULE", role + ": " + verb.asText() + " " + target + "/" + n.asText(), "");
            }
          }
        }
      }
    }
  }

  private void pod(String workload, JsonNode pod) {
    for (JsonNode v : pod.path("volumes")) {
      JsonNode source = v.deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) source).remove("name");
      put("VOLUME", workload + ": " + v.path("name").asText(), source.toString());
    }
    for (String list : new String[] {"initContainers", "containers"}) {
      for (JsonNode c : pod.path(list)) {
        String container = workload + ", container " + c.path("name").asText();
        put("IMAGE", container, c.path("image").asText());
        for (JsonNode e : c.path("env")) {
          put("ENV_VAR", container + ": " + e.path("name").asText(),
              e.has("value") ? e.path("value").asText() : e.path("valueFrom").toString());
        }
        for (JsonNode m : c.path("volumeMounts")) {
          put("VOLUME_MOUNT", container + ": " + m.path("mountPath").asText(),
              m.path("name").asText() + (m.path("readOnly").asBoolean(false) ? " (read-only)" : ""));
        }
      }
    }
  }
}
