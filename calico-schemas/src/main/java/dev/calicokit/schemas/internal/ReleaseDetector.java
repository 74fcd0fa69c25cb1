package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.io.JsonPointers;
import dev.calicokit.model.schema.CalicoRelease;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Calico release a manifest is for, from the tags of its Calico images. A tag the model does
 * not know (a patch newer than the model, a minor between two it knows) is judged by the nearest older
 * release it knows, so that rules never hold a manifest to facts of a release newer than its own.
 */
public final class ReleaseDetector {
  // calico/node:v3.28.5, quay.io/calico/cni:v3.32.1, and mirrors that drop the calico/ part
  // (registry.example.com/mirror/node:v3.24.5): a Calico component's name with a v3 tag.
  private static final Pattern CALICO_IMAGE = Pattern.compile(
      "(?:^|/)(?:calico/[a-z0-9-]+|node|cni|kube-controllers|typha|pod2daemon-flexvol|csi|node-driver-registrar"
          + "|apiserver|dikastes|flannel-migration-controller|ctl):v?(3)\\.(\\d{1,4})(?:\\.(\\d{1,4}))?(?:@.*)?$");

  private ReleaseDetector() {}

  /**
   * What the images say: the release whose rules apply, the tag they name (normalised, such as
   * {@code v3.31.9}), whether the model knows that release exactly, and the first image that names it
   * (its document and JSON pointer).
   */
  public record Detection(CalicoRelease release, String tag, boolean exact, ValidatedDocument document, String pointer) {}

  private record Place(ValidatedDocument document, String pointer) {}

  /** The release most of the manifest's Calico images name; empty when they name none. */
  public static Optional<Detection> detect(List<ValidatedDocument> docs) {
    Votes votes = new Votes();
    for (ValidatedDocument d : docs) {
      votes.add(d);
    }
    return votes.result();
  }

  /** The votes of documents read one at a time, for a caller that does not keep them. */
  public static final class Votes {
    // Votes per tag, ordered by version so that a tie goes to the newer one. Tags are only ever compared:
    // the first hash of a record costs a short run a few milliseconds of bootstrapping.
    private final TreeMap<Tag, Integer> votes = new TreeMap<>();
    private final Map<Tag, Place> first = new TreeMap<>();

    /**
     * Counts the Calico images of one document. Calico's own kinds and CRDs name no image (a CRD's
     * {@code image} properties are schemas, not text), so their trees, most of a large manifest's, are
     * not walked.
     */
    public void add(ValidatedDocument d) {
      if (d.calicoType().isPresent() || d.kind().equals("CustomResourceDefinition")) {
        return;
      }
      collect(d, d.tree(), new ArrayDeque<>(), votes, first);
    }

    /** The release most images named; empty when they name none. */
    public Optional<Detection> result() {
      return winner(votes, first);
    }

    /** The release whose rules apply: the one most images named, else the newest. */
    public CalicoRelease release() {
      return result().map(Detection::release).orElse(CalicoRelease.latest());
    }

    /** Whether no document has been counted yet that names a Calico image. */
    public boolean isEmpty() {
      return votes.isEmpty();
    }
  }

  // An image line of YAML or JSON: the value of an "image" key, in quotes or not.
  private static final Pattern IMAGE_LINE = Pattern.compile("[\\s{,\"'-]image[\"']?\\s*:\\s*[\"']?([^\\s\"',}#]+)");

  /**
   * The release the image lines of a text suggest, read as lines without parsing YAML: the same
   * count as {@link Votes} makes of the documents, but an image line in a comment or a block scalar
   * counts too, so the documents' own count has the last word. Empty when no line names a Calico image.
   */
  public static Optional<CalicoRelease> guess(TextSource text) {
    TreeMap<Tag, Integer> votes = new TreeMap<>();
    Map<Tag, Place> first = new TreeMap<>();
    text.linesWith("image", line -> {
      Matcher m = IMAGE_LINE.matcher(" " + line);
      while (m.find()) {
        count(m.group(1), votes, first, null, "");
      }
    });
    return winner(votes, first).map(Detection::release);
  }

  private static Optional<Detection> winner(TreeMap<Tag, Integer> votes, Map<Tag, Place> first) {
    return votes.entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : a.getValue() - b.getValue())
        .map(e -> e.getKey().judgedBy(first.get(e.getKey())));
  }

  /** A v3 image tag: its minor and, where given, patch. */
  private record Tag(int minor, int patch) implements Comparable<Tag> {
    static final int NO_PATCH = -1;

    @Override
    public int compareTo(Tag o) {
      return minor != o.minor ? Integer.compare(minor, o.minor) : Integer.compare(patch, o.patch);
    }

    String label() {
      return "v3." + minor + (patch == NO_PATCH ? "" : "." + patch);
    }

    /** The known release this tag is judged by: itself, else the nearest older known one, else the oldest. */
    Detection judgedBy(Place at) {
      Optional<CalicoRelease> same = CalicoRelease.of(label());
      if (same.isPresent()) {
        return new Detection(same.get(), label(), patch != NO_PATCH, at.document(), at.pointer());
      }
      CalicoRelease nearest = CalicoRelease.all().get(0);
      for (CalicoRelease r : CalicoRelease.all()) {
        int m = Integer.parseInt(r.minor().label().substring("v3.".length()));
        if (m < minor || m == minor && r.patch() <= patch) {
          nearest = r;
        }
      }
      return new Detection(nearest, label(), false, at.document(), at.pointer());
    }
  }

  private static void count(String image, TreeMap<Tag, Integer> votes, Map<Tag, Place> first, ValidatedDocument doc,
      String pointer) {
    Matcher m = CALICO_IMAGE.matcher(image);
    if (m.find()) {
      int patch = m.group(3) == null ? Tag.NO_PATCH : Integer.parseInt(m.group(3));
      Tag tag = new Tag(Integer.parseInt(m.group(2)), patch);
      votes.merge(tag, 1, Integer::sum);
      first.putIfAbsent(tag, new Place(doc, pointer));
    }
  }

  /** Counts the images under {@code n}; {@code at} is the path to it, made a pointer only for an image. */
  private static void collect(ValidatedDocument doc, JsonNode n, ArrayDeque<String> at, TreeMap<Tag, Integer> votes,
      Map<Tag, Place> first) {
    if (n.isObject()) {
      JsonNode image = n.get("image");
      if (image != null && image.isTextual()) {
        StringBuilder pointer = new StringBuilder();
        at.descendingIterator().forEachRemaining(step -> pointer.append('/').append(step));
        count(image.asText(), votes, first, doc, pointer.append("/image").toString());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isContainerNode()) {
          at.push(JsonPointers.escape(e.getKey()));
          collect(doc, e.getValue(), at, votes, first);
          at.pop();
        }
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        if (n.get(i).isContainerNode()) {
          at.push(Integer.toString(i));
          collect(doc, n.get(i), at, votes, first);
          at.pop();
        }
      }
    }
  }
}
