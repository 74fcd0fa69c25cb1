package dev.calicokit.builders;

import dev.calicokit.model.diff.DocumentKey;
import java.util.List;
import java.util.Objects;

/**
 * What became of a manifest's comments when its options were rendered again ({@link Inference#rendered()})
 * or at another release ({@link ManifestUpgrade#comments()}). The user's comments go to the node they
 * annotate (same document, same JSON pointer, a list item of a named list by its name); a comment whose
 * node is gone goes before the closest enclosing node there is ({@link #moved()}). Calico's own comments
 * of its official files are not carried: a render writes none of them, so carrying them would leave
 * another release's remarks in the file ({@link #calicoComments()} counts them).
 *
 * @param placed the user's comments written at the node they annotate
 * @param moved the user's comments whose node is gone, each with where it went
 * @param calicoComments comments of Calico's official files found in the manifest, not carried
 */
public record CarriedComments(int placed, List<Moved> moved, int calicoComments) {
  /** A comment whose node is gone, written before the closest enclosing node: pointers are into each document. */
  public record Moved(DocumentKey document, String from, DocumentKey toDocument, String to, String text) {
    public Moved {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(toDocument, "toDocument");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(text, "text");
    }

    /** {@code DaemonSet calico-node /spec/...: moved to /spec/...}. */
    public String toText() {
      String where = to.isEmpty() ? "the document's head" : to;
      return document.kind() + " " + document.name() + " " + (from.isEmpty() ? "(head)" : from) + ": moved to "
          + (toDocument.equals(document) ? where : toDocument.kind() + " " + toDocument.name() + ", " + where);
    }
  }

  public CarriedComments {
    moved = List.copyOf(moved);
  }

  /** Whether every comment of the user's is at the node it annotates. */
  public boolean allPlaced() {
    return moved.isEmpty();
  }
}
