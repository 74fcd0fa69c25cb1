package dev.calicokit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.manifest.DocumentComment;
import dev.calicokit.model.manifest.DocumentComment.Place;
import dev.calicokit.model.manifest.ManifestDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces each List document of a manifest ({@link Kinds#isList}) by its items, each a document of its
 * own, as kubectl applies them. The comments of an item go with it, their pointers into the List
 * ({@code /items/N/...}) made pointers into the item; a comment before an item or on its dash line goes
 * to the item's head; the List's other comments go to the head of its first item and its tail to the
 * last item's tail. A List without items leaves its comments to the next document, or the previous
 * one's tail, or the manifest.
 */
public final class ListSplitter {
  private ListSplitter() {}

  /** The documents with Lists split, and comments that found no document. */
  public record Split(List<ManifestDocument> documents, List<String> orphanComments) {}

  public static Split split(List<ManifestDocument> docs) {
    List<ManifestDocument> out = new ArrayList<>(docs.size());
    List<String> pending = new ArrayList<>(); // comments waiting for the next document's head
    for (int i = 0; i < docs.size(); i++) {
      ManifestDocument d = docs.get(i);
      JsonNode items = Kinds.isList(d.apiVersion(), d.kind()) ? d.toTree().path("items") : null;
      if (items == null || !items.isArray()) {
        out.add(withHeadFirst(d, pending));
        pending.clear();
        continue;
      }
      List<List<DocumentComment>> itemComments = new ArrayList<>();
      for (int k = 0; k < items.size(); k++) {
        itemComments.add(new ArrayList<>());
      }
      List<String> tail = new ArrayList<>();
      for (DocumentComment c : d.comments()) {
        int k = itemOf(c.pointer());
        if (k >= 0 && k < items.size()) {
          String rest = c.pointer().substring(("/items/" + k).length());
          itemComments.get(k).add(rest.isEmpty() ? new DocumentComment(Place.HEAD, "", c.text())
              : new DocumentComment(c.place(), rest, c.text()));
        } else if (c.place() == Place.TAIL) {
          tail.add(c.text());
        } else {
          pending.add(c.text()); // the List's own head, its apiVersion, kind or items key
        }
      }
      for (int k = 0; k < items.size(); k++) {
        JsonNode item = items.get(k);
        ManifestDocument doc = bind(i, d, k, item);
        List<DocumentComment> cs = new ArrayList<>();
        pending.forEach(t -> cs.add(new DocumentComment(Place.HEAD, "", t)));
        pending.clear();
        cs.addAll(itemComments.get(k));
        if (k == items.size() - 1) {
          tail.forEach(t -> cs.add(new DocumentComment(Place.TAIL, "", t)));
          tail.clear();
        }
        out.add(cs.isEmpty() ? doc : doc.withComments(cs));
      }
      pending.addAll(tail); // an empty List's tail
    }
    if (!pending.isEmpty() && !out.isEmpty()) {
      ManifestDocument last = out.get(out.size() - 1);
      List<DocumentComment> cs = new ArrayList<>(last.comments());
      pending.forEach(t -> cs.add(new DocumentComment(Place.TAIL, "", t)));
      out.set(out.size() - 1, last.withComments(cs));
      pending.clear();
    }
    return new Split(out, pending);
  }

  private static ManifestDocument bind(int index, ManifestDocument list, int k, JsonNode item) {
    String pointer = "/items/" + k;
    if (!item.isObject()) {
      throw new ResourceReadException(index, list.kind(), list.name().orElse(null), pointer, list.sourceLine(), 1,
          "expected a resource (a mapping) as item " + k + " of the " + list.kind() + ", found " + item.getNodeType(), null);
    }
    try {
      return ManifestDocument.of(item);
    } catch (RuntimeException e) {
      throw new ResourceReadException(index, item.path("kind").asText(null), item.path("metadata").path("name").asText(null),
          pointer, list.sourceLine(), 1, "cannot read item " + k + " of the " + list.kind() + ": " + e.getMessage(), e);
    }
  }

  /** The item index of a pointer into a List ({@code /items/3/...} is 3), or -1. */
  private static int itemOf(String pointer) {
    if (!pointer.startsWith("/items/")) {
      return -1;
    }
    int end = pointer.indexOf('/', "/items/".length());
    String n = pointer.substring("/items/".length(), end < 0 ? pointer.length() : end);
    return n.matches("\\d{1,9}") ? Integer.parseInt(n) : -1;
  }

  private static ManifestDocument withHeadFirst(ManifestDocument d, List<String> lines) {
    if (lines.isEmpty()) {
      return d;
    }
    List<DocumentComment> cs = new ArrayList<>();
    lines.forEach(t -> cs.add(new DocumentComment(Place.HEAD, "", t)));
    cs.addAll(d.comments());
    return d.withComments(cs);
  }
}
