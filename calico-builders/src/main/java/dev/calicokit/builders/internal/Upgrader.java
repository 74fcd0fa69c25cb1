package dev.calicokit.builders.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.builders.CarriedComments;
import dev.calicokit.builders.CarriedEdit;
import dev.calicokit.builders.InvalidOptionsException;
import dev.calicokit.builders.ManifestOptions;
import dev.calicokit.builders.Options;
import dev.calicokit.builders.ReleaseChange;
import dev.calicokit.builders.ReleaseChanges;
import dev.calicokit.model.diff.DocumentKey;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.CalicoRelease;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a manifest to another release: infer, render at the new release, replay the residue. Documents
 * are matched by apiVersion, kind, namespace and name; the edits inside a document are replayed as
 * {@link TreePatch} steps (named lists by name), each where the new release left its place as it was. The
 * user's comments are carried last, onto the result ({@link CommentCarrier}).
 */
public final class Upgrader {
  private Upgrader() {}

  /** What an upgrade gives. */
  public record Result(ManifestOptions from, ManifestOptions to, Manifest manifest, List<CarriedEdit> edits,
      List<ReleaseChange> changes, CarriedComments comments) {}

  public static Result upgrade(Manifest given, CalicoRelease release, boolean allowDowngrade) {
    Manifest m = given.splitLists(); // the items of a kind: List are matched as the documents they are
    Inferrer.Result inferred = Inferrer.infer(m);
    ManifestOptions from = inferred.options();
    ManifestOptions to = from.with(Options.VERSION, release.label());
    CalicoRelease fromRelease = CalicoRelease.parse(from.version());
    Manifest before = inferred.rendered();
    Manifest after;
    try {
      after = Renderer.render(to);
    } catch (InvalidOptionsException e) {
      throw new InvalidOptionsException("the manifest's options do not render at " + release.label() + " (inferred from "
          + fromRelease.label() + ": " + from + ")", e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems());
    }
    List<ReleaseChange> changes = ReleaseChanges.changes(before, after);
    if (release.compareTo(fromRelease) < 0 && !allowDowngrade) {
      List<String> removes = new ArrayList<>();
      changes.stream().filter(c -> c.action() == ReleaseChange.Action.REMOVED).forEach(c -> removes.add(c.toText()));
      throw new InvalidOptionsException(release.label() + " is older than the manifest's " + fromRelease.label()
          + ": a downgrade needs to be allowed (--allow-downgrade); it removes " + removes.size() + " thing"
          + (removes.size() == 1 ? "" : "s"), removes);
    }
    List<CarriedEdit> edits = new ArrayList<>();
    Map<DocumentKey, ManifestDocument> oldRender = byKey(before);
    Map<DocumentKey, ManifestDocument> newRender = byKey(after);
    Map<DocumentKey, ManifestDocument> mine = byKey(m);
    // The new release's documents, the user's edits replayed on them.
    Map<DocumentKey, ManifestDocument> out = new LinkedHashMap<>();
    for (Map.Entry<DocumentKey, ManifestDocument> e : newRender.entrySet()) {
      DocumentKey k = e.getKey();
      ManifestDocument theirs = e.getValue();
      ManifestDocument was = oldRender.get(k);
      ManifestDocument user = mine.get(k);
      if (was == null || user == null) {
        out.put(k, theirs); // new in this release, or handled below (the user added or removed it)
        continue;
      }
      // A CRD's descriptions and rule messages are ours in a render and Calico's in the user's file: not edits.
      boolean crd = k.kind().equals("CustomResourceDefinition");
      JsonNode base = crd ? withoutTexts(was.toTree()) : was.toTree();
      TreePatch patch = TreePatch.between(base, crd ? withoutTexts(user.toTree()) : user.toTree());
      if (patch.isEmpty()) {
        out.put(k, theirs);
        continue;
      }
      JsonNode target = theirs.toTree();
      for (TreePatch.Outcome o : patch.carryOnto(base, target)) {
        edits.add(new CarriedEdit(k, o.change(), o.carried(), o.reason()));
      }
      out.put(k, ManifestDocument.of(target));
    }
    // Documents of the old release the user edited or removed, and documents the user added.
    for (Map.Entry<DocumentKey, ManifestDocument> e : oldRender.entrySet()) {
      DocumentKey k = e.getKey();
      ManifestDocument user = mine.get(k);
      ManifestDocument theirs = newRender.get(k);
      if (user == null && theirs != null) {
        boolean unchanged = theirs.equals(e.getValue());
        if (unchanged) {
          out.remove(k);
        }
        edits.add(new CarriedEdit(k, "remove document", unchanged, unchanged ? ""
            : "the new release changed this document, kept: delete it yourself if you still do not want it"));
      } else if (user != null && theirs == null && edited(k, e.getValue(), user)) {
        edits.add(new CarriedEdit(k, "edits of the document", false, "the document is gone in the new release"));
      }
    }
    List<ManifestDocument> docs = new ArrayList<>(out.values());
    DocumentKey previous = null;
    for (ManifestDocument d : m.documents()) {
      DocumentKey k = DocumentKey.of(d);
      if (!oldRender.containsKey(k)) {
        ManifestDocument theirs = newRender.get(k);
        if (theirs == null) {
          // After the document it followed in the user's file, where that is still there.
          int at = previous == null ? 0 : indexOf(docs, previous) + 1;
          docs.add(at <= 0 && previous != null ? docs.size() : at, d);
          edits.add(new CarriedEdit(k, "add document", true, ""));
        } else {
          boolean same = theirs.equals(d);
          edits.add(new CarriedEdit(k, "add document", same, same ? "the new release has it as you wrote it"
              : "the new release has its own document of this kind and name, kept"));
        }
      }
      previous = k;
    }
    // The user's comments go with what they annotate; Calico's own stay behind, as the render writes none.
    CommentCarrier.Result carried = CommentCarrier.carry(m, Manifest.of(docs));
    return new Result(from, to, carried.manifest(), edits, changes, carried.comments());
  }

  /** Whether the user changed a document of the old release (a CRD's texts aside). */
  private static boolean edited(DocumentKey k, ManifestDocument was, ManifestDocument user) {
    boolean crd = k.kind().equals("CustomResourceDefinition");
    return !TreePatch.between(crd ? withoutTexts(was.toTree()) : was.toTree(),
        crd ? withoutTexts(user.toTree()) : user.toTree()).isEmpty();
  }

  /** A CRD tree without its descriptions and CEL rule messages, changed in place. */
  private static JsonNode withoutTexts(JsonNode n) {
    if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      o.remove("description");
      if (o.has("rule")) {
        o.remove("message");
      }
      o.forEach(Upgrader::withoutTexts);
    } else if (n.isArray()) {
      n.forEach(Upgrader::withoutTexts);
    }
    return n;
  }

  private static Map<DocumentKey, ManifestDocument> byKey(Manifest m) {
    Map<DocumentKey, ManifestDocument> out = new LinkedHashMap<>();
    m.documents().forEach(d -> out.putIfAbsent(DocumentKey.of(d), d));
    return out;
  }

  private static int indexOf(List<ManifestDocument> docs, DocumentKey k) {
    for (int i = 0; i < docs.size(); i++) {
      if (DocumentKey.of(docs.get(i)).equals(k)) {
        return i;
      }
    }
    return -1;
  }
}
