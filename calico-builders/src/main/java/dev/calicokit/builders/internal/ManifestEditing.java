package dev.calicokit.builders.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.builders.InvalidOptionsException;
import dev.calicokit.builders.ManifestOptions;
import dev.calicokit.builders.Options;
import dev.calicokit.builders.Preset;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies options to a manifest that exists already, official or edited by hand. The renderer knows
 * every document, env var, probe and ConfigMap key an option touches, so an edit is the difference
 * between rendering the manifest's release and preset without the options and with them, replayed on
 * the user's documents: what the options do not touch, the user's own edits included, stays as it is.
 */
public final class ManifestEditing {
  private static final Pattern NODE_IMAGE = Pattern.compile("(?:^|/)(?:node|cni):(v\\d+\\.\\d+\\.\\d+)$");

  private ManifestEditing() {}

  /** The manifest with the options applied; skipped changes (their place is gone) are described in {@code skipped}. */
  public static Manifest apply(Manifest manifest, ManifestOptions changes, List<String> skipped) {
    ManifestOptions base = origin(manifest);
    ManifestOptions target = base.withAll(changes);
    List<ManifestDocument> before = Renderer.render(base).documents();
    List<ManifestDocument> after = Renderer.render(target).documents();
    Map<String, JsonNode> beforeByKey = byKey(before);
    Map<String, JsonNode> afterByKey = byKey(after);

    List<ManifestDocument> out = new ArrayList<>();
    for (ManifestDocument d : manifest.documents()) {
      String key = key(d);
      JsonNode b = beforeByKey.get(key);
      JsonNode a = afterByKey.get(key);
      if (b != null && a == null) {
        continue; // the options remove it
      }
      if (b == null || a == null) {
        out.add(d);
        continue;
      }
      TreePatch patch = TreePatch.between(b, a);
      out.add(patch.isEmpty() ? d : d.replacedBy(patch.applyTo(d.toTree(), skipped)));
    }
    // Documents the options add go after the document that precedes them in the rendering.
    String previous = null;
    for (ManifestDocument d : after) {
      String key = key(d);
      if (!beforeByKey.containsKey(key) && out.stream().noneMatch(x -> key(x).equals(key))) {
        int at = previous == null ? 0 : indexOf(out, previous) + 1;
        out.add(at == 0 && previous != null ? out.size() : at, d);
      }
      previous = key;
    }
    return Manifest.of(out);
  }

  /**
   * The release and preset a manifest was rendered from: the release from the tag of calico-node's
   * (or the CNI installer's) image, the preset from the documents and settings that tell the official
   * files apart.
   */
  public static ManifestOptions origin(Manifest m) {
    String version = null;
    for (ManifestDocument d : m.documents()) {
      for (JsonNode image : d.toTree().findValues("image")) {
        Matcher matcher = NODE_IMAGE.matcher(image.asText(""));
        if (matcher.find()) {
          version = matcher.group(1);
          break;
        }
      }
      if (version != null) {
        break;
      }
    }
    if (version == null) {
      throw new InvalidOptionsException("cannot tell the Calico release of the manifest: no calico/node or calico/cni"
          + " image with a version tag");
    }
    return ManifestOptions.none().with(Options.VERSION, Versions.parse(version).text()).with(Options.PRESET, preset(m));
  }

  private static Preset preset(Manifest m) {
    boolean canal = m.find("ConfigMap", "canal-config").isPresent();
    Map<String, String> config = m.configMapData(canal ? "canal-config" : "calico-config");
    boolean etcd = config.containsKey("etcd_endpoints");
    if (canal) {
      return etcd ? Preset.CANAL_ETCD : Preset.CANAL;
    }
    if (etcd) {
      return Preset.CALICO_ETCD;
    }
    Optional<String> manageCni = m.env("calico-node", "calico-node", "CALICO_MANAGE_CNI");
    if (manageCni.filter("false"::equals).isPresent()) {
      return Preset.CALICO_POLICY_ONLY;
    }
    // eBPF first: an eBPF data plane may route with VXLAN too.
    if (config.containsKey("kubernetes_service_host")) {
      return Preset.CALICO_BPF;
    }
    if ("vxlan".equals(config.get("calico_backend"))) {
      return Preset.CALICO_VXLAN;
    }
    if (m.find("Deployment", "calico-typha").isPresent()) {
      return Preset.CALICO_TYPHA;
    }
    return Preset.CALICO;
  }

  private static Map<String, JsonNode> byKey(List<ManifestDocument> docs) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (ManifestDocument d : docs) {
      out.put(key(d), d.toTree());
    }
    return out;
  }

  private static String key(ManifestDocument d) {
    return d.kind() + "/" + d.namespace().orElse("") + "/" + d.name().orElse("");
  }

  private static int indexOf(List<ManifestDocument> docs, String key) {
    for (int i = 0; i < docs.size(); i++) {
      if (key(docs.get(i)).equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
