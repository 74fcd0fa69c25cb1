package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.ManifestRule;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import java.util.List;

/**
 * The CNI network configuration that install-cni writes on every node ({@code cni_network_config} of the
 * Calico ConfigMap): JSON once its placeholders are filled, with a plugin of type {@code calico} (or one that flannel delegates to) whose
 * IPAM is Calico's own or host-local.
 */
public final class CniConfigRule implements ManifestRule {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void check(List<ValidatedDocument> docs, ValidationContext context, FindingSink sink) {
    for (ValidatedDocument d : docs) {
      JsonNode text = d.tree().path("data").path("cni_network_config");
      if (!d.kind().equals("ConfigMap") || !text.isTextual()) {
        continue;
      }
      String pointer = "/data/cni_network_config";
      // install-cni replaces __NAME__ placeholders; an unquoted one (such as the MTU) stands for a number.
      String filled = text.asText().replaceAll("(?<![\"A-Za-z0-9_])__[A-Z0-9_]+__(?![\"A-Za-z0-9_])", "0");
      JsonNode config;
      try {
        config = JSON.readTree(filled);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        sink.error("manifest.cni-config", d, pointer, "cni_network_config is not JSON once its placeholders are"
            + " filled: " + e.getOriginalMessage());
        continue;
      }
      JsonNode calico = null;
      for (JsonNode plugin : config.path("plugins")) {
        if (plugin.path("type").asText("").equals("calico")) {
          calico = plugin;
        } else if (plugin.path("delegate").path("type").asText("").equals("calico")) {
          calico = plugin.path("delegate"); // canal: flannel delegates to the calico plugin
        }
      }
      if (calico == null && config.path("type").asText("").equals("calico")) {
        calico = config;
      }
      if (calico == null) {
        sink.error("manifest.cni-config", d, pointer, "cni_network_config has no plugin of type \"calico\"");
        continue;
      }
      String ipam = calico.path("ipam").path("type").asText("");
      if (!ipam.isEmpty() && !ipam.equals("calico-ipam") && !ipam.equals("host-local")) {
        sink.warning("manifest.cni-ipam", d, pointer, "the calico plugin's IPAM type " + ipam + " is neither"
            + " calico-ipam nor host-local");
      }
    }
  }
}
