package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.schemas.internal.DocumentRef;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.StreamedManifestRule;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CNI network configuration that install-cni writes on every node ({@code cni_network_config} of the
 * Calico ConfigMap): JSON once its placeholders are filled, with a plugin of type {@code calico} (or one that flannel delegates to) whose
 * IPAM is Calico's own or host-local, and that assigns IPv6 addresses where calico-node is set up for IPv6.
 */
public final class CniConfigRule implements StreamedManifestRule {
  private static final String POINTER = "/data/cni_network_config";

  @Override
  public Pass start() {
    return new Pass() {
      /** The ConfigMaps whose calico-ipam assigns no IPv6 address, judged once every DaemonSet is seen. */
      private final List<DocumentRef> withoutIpv6 = new ArrayList<>();
      private Optional<String> ipv6Setting = Optional.empty();

      @Override
      public void see(ValidatedDocument d, ValidationContext context, FindingSink sink) {
        if (ipv6Setting.isEmpty()) {
          ipv6Setting = ipv6Setting(d);
        }
        if (judge(d, sink)) {
          withoutIpv6.add(DocumentRef.of(d));
        }
      }

      @Override
      public void finish(ValidationContext context, FindingSink sink) {
        ipv6Setting.ifPresent(setting -> withoutIpv6.forEach(d -> sink.warning("manifest.cni-dual-stack", d, POINTER,
            "calico-node is set up for IPv6 (" + setting + ") but calico-ipam assigns pods no IPv6 address:"
                + " its ipam section needs \"assign_ipv6\": \"true\" (and \"assign_ipv4\": \"true\" for dual stack)")));
      }
    };
  }

  /**
   * Judges the CNI configuration of a ConfigMap; true when its calico-ipam assigns no IPv6 address, which
   * is wrong only where calico-node is set up for IPv6 (known once every document is seen).
   */
  private static boolean judge(ValidatedDocument d, FindingSink sink) {
    if (!d.kind().equals("ConfigMap")) {
      return false;
    }
    JsonNode text = d.tree().path("data").path("cni_network_config");
    if (!text.isTextual()) {
      return false;
    }
    String pointer = POINTER;
    // install-cni replaces __NAME__ placeholders; an unquoted one (such as the MTU) stands for a number.
    String filled = text.asText().replaceAll("(?<![\"A-Za-z0-9_])__[A-Z0-9_]+__(?![\"A-Za-z0-9_])", "0");
    JsonNode config;
    try {
      config = JsonText.read(filled);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      sink.error("manifest.cni-config", d, pointer, "cni_network_config is not JSON once its placeholders are"
          + " filled: " + e.getOriginalMessage());
      return false;
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
      return false;
    }
    String ipam = calico.path("ipam").path("type").asText("");
    if (!ipam.isEmpty() && !ipam.equals("calico-ipam") && !ipam.equals("host-local")) {
      sink.warning("manifest.cni-ipam", d, pointer, "the calico plugin's IPAM type " + ipam + " is neither"
          + " calico-ipam nor host-local");
    }
    return ipam.equals("calico-ipam") && !calico.path("ipam").path("assign_ipv6").asText("").equals("true");
  }

  /**
   * The first literal calico-node setting of a DaemonSet that asks for IPv6 pods: an IPv6 pool to create,
   * or IPv6 address detection. FELIX_IPV6SUPPORT alone is left out: it is about the node's own traffic.
   */
  private static Optional<String> ipv6Setting(ValidatedDocument d) {
    if (!d.kind().equals("DaemonSet")) {
      return Optional.empty();
    }
    for (Workloads.Container c : Workloads.podSpec(d).map(Workloads::containers).orElse(List.of())) {
      for (JsonNode env : c.node().path("env")) {
        String name = env.path("name").asText("");
        String value = env.path("value").asText("");
        boolean v6Pool = name.equals("CALICO_IPV6POOL_CIDR") && !value.isEmpty();
        boolean v6Address = name.equals("IP6") && !value.isEmpty() && !value.equals("none");
        if (v6Pool || v6Address) {
          return Optional.of(name + "=" + value);
        }
      }
    }
    return Optional.empty();
  }
}
