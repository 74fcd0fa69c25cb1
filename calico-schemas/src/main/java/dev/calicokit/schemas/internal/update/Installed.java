package dev.calicokit.schemas.internal.update;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.io.JsonPointers;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one manifest (the installed one or the new one) says about the settings that matter on an
 * update: calico-node's env vars, the CNI ConfigMap's keys, the release of its images.
 */
final class Installed {
  private static final Pattern NODE_IMAGE = Pattern.compile("(?:^|/)node:(v\\d+\\.\\d+\\.\\d+)$");

  /** A value found in a document, with the pointer of the field that holds it. */
  record Located(ValidatedDocument doc, String pointer, String value) {}

  private final List<ValidatedDocument> docs;

  Installed(List<ValidatedDocument> docs) {
    this.docs = docs;
  }

  /** The calico-node DaemonSet (named calico-node, or canal in the canal files), when there is one. */
  Optional<ValidatedDocument> nodeDaemonSet() {
    return docs.stream().filter(d -> d.kind().equals("DaemonSet") && containerIndex(d.tree()) >= 0).findFirst();
  }

  /** An env var of the calico-node container; its text (valueFrom as JSON) with the pointer of its value. */
  Optional<Located> env(String name) {
    Optional<ValidatedDocument> ds = nodeDaemonSet();
    if (ds.isEmpty()) {
      return Optional.empty();
    }
    int c = containerIndex(ds.get().tree());
    String container = "/spec/template/spec/containers/" + c;
    JsonNode env = ds.get().tree().at(container + "/env");
    for (int i = 0; i < env.size(); i++) {
      JsonNode e = env.get(i);
      if (name.equals(e.path("name").asText())) {
        JsonNode v = e.has("value") ? e.get("value") : e.path("valueFrom");
        return Optional.of(new Located(ds.get(), container + "/env/" + i, v.isTextual() ? v.textValue() : v.toString()));
      }
    }
    return Optional.empty();
  }

  /** The pointer of calico-node's env list, for findings about a variable that is gone. */
  Optional<Located> envList() {
    return nodeDaemonSet().map(d -> new Located(d, "/spec/template/spec/containers/" + containerIndex(d.tree()) + "/env", ""));
  }

  /** A key of the CNI ConfigMap (calico-config, or canal-config). */
  Optional<Located> config(String key) {
    for (ValidatedDocument d : docs) {
      String name = d.name().orElse("");
      if (d.kind().equals("ConfigMap") && (name.equals("calico-config") || name.equals("canal-config"))) {
        JsonNode v = d.tree().path("data").path(key);
        return v.isMissingNode() ? Optional.empty()
            : Optional.of(new Located(d, JsonPointers.child("/data", key), v.asText()));
      }
    }
    return Optional.empty();
  }

  /** The release the calico-node image names. */
  Optional<CalicoRelease> release() {
    Optional<ValidatedDocument> ds = nodeDaemonSet();
    if (ds.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = NODE_IMAGE.matcher(ds.get().tree().at("/spec/template/spec/containers/" + containerIndex(ds.get().tree())
        + "/image").asText(""));
    return m.find() ? CalicoRelease.of(m.group(1)) : Optional.empty();
  }

  private static int containerIndex(JsonNode daemonSet) {
    JsonNode containers = daemonSet.at("/spec/template/spec/containers");
    for (int i = 0; i < containers.size(); i++) {
      if ("calico-node".equals(containers.get(i).path("name").asText())) {
        return i;
      }
    }
    return -1;
  }
}
