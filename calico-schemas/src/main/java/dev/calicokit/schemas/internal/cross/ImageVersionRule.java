package dev.calicokit.schemas.internal.cross;

import dev.calicokit.schemas.internal.DocumentRef;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.StreamedManifestRule;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All Calico images of a manifest (calico/node, cni, kube-controllers, typha, csi, ...) carry one version
 * tag: components of different releases do not promise to work together. The most common tag wins;
 * every other one is reported where it is written. Of each document only its Calico images are kept.
 */
public final class ImageVersionRule implements StreamedManifestRule {
  private static final Pattern CALICO_IMAGE = Pattern.compile("(?:^|/)calico/([a-z0-9-]+):([A-Za-z0-9._-]+)$");

  /** One Calico image as written: all the rule keeps of a workload until every document is seen. */
  private record Use(DocumentRef doc, String pointer, String image, String tag) {}

  @Override
  public Pass start() {
    List<Use> uses = new ArrayList<>();
    return new Pass() {
      @Override
      public void see(ValidatedDocument d, ValidationContext context, FindingSink sink) {
        Workloads.podSpec(d).ifPresent(pod -> {
          for (Workloads.Container c : Workloads.containers(pod)) {
            String image = c.node().path("image").asText("");
            Matcher m = CALICO_IMAGE.matcher(image);
            if (m.find()) {
              uses.add(new Use(DocumentRef.of(d), c.pointer() + "/image", image, m.group(2)));
            }
          }
        });
      }

      @Override
      public void finish(ValidationContext context, FindingSink sink) {
        judge(uses, sink);
      }
    };
  }

  private static void judge(List<Use> uses, FindingSink sink) {
    Map<String, Integer> votes = new TreeMap<>();
    uses.forEach(u -> votes.merge(u.tag(), 1, Integer::sum));
    if (votes.size() < 2) {
      return;
    }
    String winner = votes.entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue()) ? b.getKey().compareTo(a.getKey()) : a.getValue() - b.getValue())
        .orElseThrow().getKey();
    for (Use u : uses) {
      if (!u.tag().equals(winner)) {
        sink.error("manifest.image-versions", u.doc(), u.pointer(), "image " + u.image() + " is tagged " + u.tag()
            + " while the manifest's other Calico images are " + winner + ": use one Calico version throughout");
      }
    }
  }
}
