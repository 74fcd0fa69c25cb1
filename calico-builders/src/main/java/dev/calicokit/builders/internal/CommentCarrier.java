package dev.calicokit.builders.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.builders.CarriedComments;
import dev.calicokit.model.diff.DocumentKey;
import dev.calicokit.model.io.JsonPointers;
import dev.calicokit.model.manifest.DocumentComment;
import dev.calicokit.model.manifest.DocumentComment.Place;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Carries the user's comments of a manifest onto another manifest made from it (a render of its
 * inferred options, an upgrade): each to the document of the same apiVersion, kind, namespace and name
 * (the n-th of a repeated key to the n-th), and there to the node of the same JSON pointer, where a
 * list whose items all have a name is followed by name (as the residue is replayed) and any other list
 * by index. A comment whose node is gone goes before the closest enclosing node there is, or to the
 * document's head; the comments of a document that is gone go to the head of the next document of the
 * user's that is there, or to the end of the last. Calico's own comments are left behind (see {@link
 * CalicoComments}).
 */
public final class CommentCarrier {
  private CommentCarrier() {}

  /** The manifest with the comments carried, and what became of them. */
  public record Result(Manifest manifest, CarriedComments comments) {}

  /** {@code onto} with the user's comments of {@code user} in place of its own, where {@code user} has the document. */
  public static Result carry(Manifest user, Manifest onto) {
    // The n-th of the user's documents with a key gives its comments to the n-th output document with it.
    Map<DocumentKey, Deque<Integer>> mine = new LinkedHashMap<>();
    for (int i = 0; i < user.documents().size(); i++) {
      mine.computeIfAbsent(DocumentKey.of(user.documents().get(i)), k -> new ArrayDeque<>()).add(i);
    }
    List<ManifestDocument> docs = onto.documents();
    Map<Integer, Integer> outputOf = new HashMap<>();
    for (int j = 0; j < docs.size(); j++) {
      Deque<Integer> q = mine.get(DocumentKey.of(docs.get(j)));
      Integer i = q == null ? null : q.poll();
      if (i != null) {
        outputOf.put(i, j);
      }
    }
    int[] placed = {0};
    int[] calicos = {0};
    List<CarriedComments.Moved> moved = new ArrayList<>();
    List<List<DocumentComment>> comments = new ArrayList<>();
    docs.forEach(d -> comments.add(new ArrayList<>()));
    // Comments of the user's documents that are gone, waiting for the next document that is there.
    List<DocumentComment> pending = new ArrayList<>();
    List<DocumentKey> pendingFrom = new ArrayList<>();
    List<String> pendingPointer = new ArrayList<>();
    for (int i = 0; i < user.documents().size(); i++) {
      ManifestDocument u = user.documents().get(i);
      DocumentKey key = DocumentKey.of(u);
      Integer j = outputOf.get(i);
      if (j == null) {
        for (DocumentComment c : u.comments()) {
          if (CalicoComments.isCalicos(c.text())) {
            calicos[0]++;
          } else {
            pending.add(c);
            pendingFrom.add(key);
            pendingPointer.add(c.pointer());
          }
        }
        continue;
      }
      ManifestDocument target = docs.get(j);
      DocumentKey targetKey = DocumentKey.of(target);
      for (int p = 0; p < pending.size(); p++) {
        comments.get(j).add(new DocumentComment(Place.HEAD, "", pending.get(p).text()));
        moved.add(new CarriedComments.Moved(pendingFrom.get(p), pendingPointer.get(p), targetKey, "",
            pending.get(p).text()));
      }
      pending.clear();
      pendingFrom.clear();
      pendingPointer.clear();
      JsonNode from = u.toTree();
      JsonNode to = target == u ? from : target.toTree();
      for (DocumentComment c : u.comments()) {
        if (CalicoComments.isCalicos(c.text())) {
          calicos[0]++;
          continue;
        }
        if (c.place() == Place.HEAD || c.place() == Place.TAIL) {
          comments.get(j).add(c);
          placed[0]++;
          continue;
        }
        Resolved r = resolve(from, c.pointer(), to);
        if (r.exact()) {
          comments.get(j).add(new DocumentComment(c.place(), r.pointer(), c.text()));
          placed[0]++;
        } else {
          comments.get(j).add(r.pointer().isEmpty() ? new DocumentComment(Place.HEAD, "", c.text())
              : new DocumentComment(Place.BEFORE, r.pointer(), c.text()));
          moved.add(new CarriedComments.Moved(key, c.pointer(), targetKey, r.pointer(), c.text()));
        }
      }
    }
    if (!pending.isEmpty() && !docs.isEmpty()) {
      int last = docs.size() - 1;
      DocumentKey lastKey = DocumentKey.of(docs.get(last));
      for (int p = 0; p < pending.size(); p++) {
        comments.get(last).add(new DocumentComment(Place.TAIL, "", pending.get(p).text()));
        moved.add(new CarriedComments.Moved(pendingFrom.get(p), pendingPointer.get(p), lastKey, "", pending.get(p).text()));
      }
    }
    List<ManifestDocument> out = new ArrayList<>(docs.size());
    for (int j = 0; j < docs.size(); j++) {
      ManifestDocument d = docs.get(j);
      out.add(comments.get(j).isEmpty() && d.comments().isEmpty() ? d : d.withComments(comments.get(j)));
    }
    return new Result(Manifest.of(out), new CarriedComments(placed[0], moved, calicos[0]));
  }

  /** Where a pointer of the user's document lands in the other: exactly, or at the closest enclosing node there. */
  private record Resolved(String pointer, boolean exact) {}

  static Resolved resolve(JsonNode from, String pointer, JsonNode to) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode u = from;
    JsonNode t = to;
    StringBuilder at = new StringBuilder();
    while (!p.matches()) {
      String step;
      JsonNode uNext;
      JsonNode tNext;
      if (u.isArray()) {
        int i = p.getMatchingIndex();
        uNext = i < 0 ? null : u.get(i);
        if (uNext == null || !t.isArray()) {
          return new Resolved(at.toString(), false);
        }
        int k = named(u) ? indexOfName(t, uNext.get("name").asText()) : i < t.size() ? i : -1;
        if (k < 0) {
          return new Resolved(at.toString(), false);
        }
        tNext = t.get(k);
        step = String.valueOf(k);
      } else if (u.isObject()) {
        String field = p.getMatchingProperty();
        uNext = u.get(field);
        tNext = t.isObject() ? t.get(field) : null;
        if (uNext == null || tNext == null) {
          return new Resolved(at.toString(), false);
        }
        step = JsonPointers.escape(field);
      } else {
        return new Resolved(at.toString(), false);
      }
      at.append('/').append(step);
      u = uNext;
      t = tNext;
      p = p.tail();
    }
    return new Resolved(at.toString(), true);
  }

  /** A non-empty list whose every item is an object with a text name, as the residue matches lists. */
  private static boolean named(JsonNode list) {
    if (list.isEmpty()) {
      return false;
    }
    for (JsonNode e : list) {
      if (!e.isObject() || !e.path("name").isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfName(JsonNode list, String name) {
    for (int i = 0; i < list.size(); i++) {
      if (Objects.equals(list.get(i).path("name").asText(null), name)) {
        return i;
      }
    }
    return -1;
  }
}
