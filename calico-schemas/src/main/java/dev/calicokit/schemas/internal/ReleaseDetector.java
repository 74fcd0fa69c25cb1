package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.schema.Release;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the Calico release a manifest is for, from the tags of its Calico images. */
public final class ReleaseDetector {
  // calico/node:v3.28.5, quay.io/calico/cni:v3.32.1, and mirrors that drop the calico/ part
  // (registry.example.com/mirror/node:v3.24.5): a Calico component's name with a v3 tag.
  private static final Pattern CALICO_IMAGE = Pattern.compile(
      "(?:^|/)(?:calico/[a-z0-9-]+|node|cni|kube-controllers|typha|pod2daemon-flexvol|csi|node-driver-registrar"
          + "|apiserver|dikastes|flannel-migration-controller|ctl):(v?3\\.\\d+(?:\\.\\d+)?)(?:@.*)?$");

  private ReleaseDetector() {}

  /** The release most of the manifest's Calico images name, when they name a known one. */
  public static Optional<Release> detect(List<ValidatedDocument> docs) {
    TreeMap<Release, Integer> votes = new TreeMap<>();
    for (ValidatedDocument d : docs) {
      collect(d.tree(), votes);
    }
    return votes.entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : a.getValue() - b.getValue())
        .map(e -> e.getKey());
  }

  private static void collect(JsonNode n, TreeMap<Release, Integer> votes) {
    if (n.isObject()) {
      JsonNode image = n.get("image");
      if (image != null && image.isTextual()) {
        Matcher m = CALICO_IMAGE.matcher(image.asText());
        if (m.find()) {
          Release.of(m.group(1)).ifPresent(r -> votes.merge(r, 1, Integer::sum));
        }
      }
      n.elements().forEachRemaining(c -> collect(c, votes));
    } else if (n.isArray()) {
      n.elements().forEachRemaining(c -> collect(c, votes));
    }
  }
}
