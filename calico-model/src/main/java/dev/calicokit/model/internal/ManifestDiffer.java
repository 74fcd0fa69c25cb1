package dev.calicokit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.diff.ChangeType;
import dev.calicokit.model.diff.DocumentChange;
import dev.calicokit.model.diff.DocumentKey;
import dev.calicokit.model.diff.FieldChange;
import dev.calicokit.model.diff.SchemaChange;
import dev.calicokit.model.io.JsonPointers;
import dev.calicokit.model.manifest.ManifestDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes {@link dev.calicokit.model.diff.ManifestDiff}: documents matched by key, then field by field. */
public final class ManifestDiffer {
  private ManifestDiffer() {}

  /**
   * A resource to match: a document, or an item of a {@code kind: List} document ({@link
   * dev.calicokit.model.io.Kinds#isList}), as kubectl applies each item as a resource of its own. The
   * index is the document's; the prefix, {@code /items/N} for an item, leads the pointers into it.
   */
  private record Resource(DocumentKey key, int index, String prefix, ManifestDocument document, JsonNode item) {
    String kind() {
      return key.kind();
    }

    /** A tree of its own (the caller may change it). */
    JsonNode tree() {
      return item != null ? item.deepCopy() : document.toTree();
    }
  }

  /** The documents as resources to match, the items of Lists each on its own. */
  private static List<Resource> resources(List<ManifestDocument> docs) {
    List<Resource> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      ManifestDocument d = docs.get(i);
      JsonNode items = dev.calicokit.model.io.Kinds.isList(d.apiVersion(), d.kind()) ? d.toTree().path("items") : null;
      if (items != null && items.isArray()) {
        for (int k = 0; k < items.size(); k++) {
          JsonNode item = items.get(k);
          out.add(new Resource(new DocumentKey(item.path("apiVersion").asText(""), item.path("kind").asText(""),
              item.path("metadata").path("namespace").asText(""), item.path("metadata").path("name").asText("")), i,
              "/items/" + k, null, item));
        }
      } else {
        out.add(new Resource(DocumentKey.of(d), i, "", d, null));
      }
    }
    return out;
  }

  /**
   * The changed, added and removed documents, in the new manifest's order, removed ones where they stood.
   * The items of a List are matched as documents of their own, at the List's index, their pointers into
   * the List ({@code /items/N/...}).
   */
  public static List<DocumentChange> diff(List<ManifestDocument> beforeDocs, List<ManifestDocument> afterDocs) {
    List<Resource> before = resources(beforeDocs);
    List<Resource> after = resources(afterDocs);
    // A key may repeat (a file that lists a document twice): the n-th of the old matches the n-th of the new.
    Map<DocumentKey, Deque<Integer>> oldByKey = new LinkedHashMap<>();
    for (int i = 0; i < before.size(); i++) {
      oldByKey.computeIfAbsent(before.get(i).key(), k -> new ArrayDeque<>()).add(i);
    }
    int[] matchOfOld = new int[before.size()];
    java.util.Arrays.fill(matchOfOld, -1);
    int[] matchOfNew = new int[after.size()];
    for (int j = 0; j < after.size(); j++) {
      Deque<Integer> q = oldByKey.get(after.get(j).key());
      Integer i = q == null ? null : q.poll();
      matchOfNew[j] = i == null ? -1 : i;
      if (i != null) {
        matchOfOld[i] = j;
      }
    }
    List<DocumentChange> out = new ArrayList<>();
    int nextOld = 0;
    for (int j = 0; j < after.size(); j++) {
      int i = matchOfNew[j];
      if (i >= 0) {
        // Old documents without a match that stood before this one are reported here.
        for (; nextOld < i; nextOld++) {
          if (matchOfOld[nextOld] < 0) {
            out.add(removed(before.get(nextOld)));
          }
        }
        nextOld = Math.max(nextOld, i + 1);
        DocumentChange c = changed(before.get(i), after.get(j));
        if (c != null) {
          out.add(c);
        }
      } else {
        Resource d = after.get(j);
        out.add(new DocumentChange(d.key(), ChangeType.ADDED, -1, d.index(), List.of(), List.of(), 0));
      }
    }
    for (; nextOld < before.size(); nextOld++) {
      if (matchOfOld[nextOld] < 0) {
        out.add(removed(before.get(nextOld)));
      }
    }
    return out;
  }

  private static DocumentChange removed(Resource d) {
    return new DocumentChange(d.key(), ChangeType.REMOVED, d.index(), -1, List.of(), List.of(), 0);
  }

  private static DocumentChange changed(Resource before, Resource after) {
    JsonNode b = before.tree();
    JsonNode a = after.tree();
    List<FieldChange> fields = new ArrayList<>();
    List<SchemaChange> schema = new ArrayList<>();
    int[] texts = {0};
    boolean crd = "CustomResourceDefinition".equals(after.kind());
    if (crd) {
      Map<String, JsonNode> oldSchemas = takeSchemas(b);
      Map<String, JsonNode> newSchemas = takeSchemas(a);
      CrdSchemaDiffer.diff(oldSchemas, newSchemas, schema, texts);
    }
    fields(b, a, "", crd, fields, texts);
    if (fields.isEmpty() && schema.isEmpty() && texts[0] == 0) {
      return null;
    }
    if (!before.prefix().isEmpty() || !after.prefix().isEmpty()) {
      // Pointers into the documents as written: an added or changed field's into the new one, a removed one's into the old.
      List<FieldChange> placed = new ArrayList<>(fields.size());
      for (FieldChange f : fields) {
        String prefix = f.type() == ChangeType.REMOVED ? before.prefix() : after.prefix();
        placed.add(new FieldChange(f.type(), prefix + f.path(), f.before().orElse(null), f.after().orElse(null)));
      }
      fields = placed;
    }
    return new DocumentChange(after.key(), ChangeType.CHANGED, before.index(), after.index(), fields, schema, texts[0]);
  }

  /** Removes each version's schema from a CRD tree, by version name. */
  private static Map<String, JsonNode> takeSchemas(JsonNode crd) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode v : crd.path("spec").path("versions")) {
      JsonNode schema = v.path("schema").path("openAPIV3Schema");
      if (!schema.isMissingNode() && v.path("schema") instanceof ObjectNode s) {
        out.put(v.path("name").asText(""), schema);
        s.remove("openAPIV3Schema");
        if (s.isEmpty()) {
          ((ObjectNode) v).remove("schema");
        }
      }
    }
    return out;
  }

  /**
   * Adds the field changes from {@code b} to {@code a} at {@code at}. In a CRD, description texts that
   * differ are counted, not listed.
   */
  static void fields(JsonNode b, JsonNode a, String at, boolean crd, List<FieldChange> out, int[] texts) {
    if (b.isObject() && a.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String path = JsonPointers.child(at, e.getKey());
        JsonNode old = b.get(e.getKey());
        if (crd && e.getKey().equals("description")) {
          if (old == null || !sameValue(old, e.getValue())) {
            texts[0]++;
          }
        } else if (old == null) {
          out.add(new FieldChange(ChangeType.ADDED, path, null, e.getValue()));
        } else {
          fields(old, e.getValue(), path, crd, out, texts);
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!a.has(e.getKey())) {
          if (crd && e.getKey().equals("description")) {
            texts[0]++;
          } else {
            out.add(new FieldChange(ChangeType.REMOVED, JsonPointers.child(at, e.getKey()), e.getValue(), null));
          }
        }
      }
    } else if (b.isArray() && a.isArray()) {
      if (named(b) && named(a)) {
        namedLists((ArrayNode) b, (ArrayNode) a, at, crd, out, texts);
      } else {
        int common = Math.min(b.size(), a.size());
        for (int k = 0; k < common; k++) {
          fields(b.get(k), a.get(k), at + "/" + k, crd, out, texts);
        }
        for (int k = common; k < a.size(); k++) {
          out.add(new FieldChange(ChangeType.ADDED, at + "/" + k, null, a.get(k)));
        }
        for (int k = common; k < b.size(); k++) {
          out.add(new FieldChange(ChangeType.REMOVED, at + "/" + k, b.get(k), null));
        }
      }
    } else if (!sameValue(b, a)) {
      out.add(new FieldChange(ChangeType.CHANGED, at, b, a));
    }
  }

  /**
   * Lists of objects with distinct names (env vars, containers, volumes, ports) compared by name, so that
   * one inserted env var is one added field and not a change of every one after it. Pointers name the
   * index in the new list, or in the old one for removed elements.
   */
  private static void namedLists(ArrayNode b, ArrayNode a, String at, boolean crd, List<FieldChange> out, int[] texts) {
    Map<String, Integer> oldIndex = new LinkedHashMap<>();
    for (int k = 0; k < b.size(); k++) {
      oldIndex.put(b.get(k).get("name").asText(), k);
    }
    java.util.Set<String> newNames = new java.util.HashSet<>();
    for (int k = 0; k < a.size(); k++) {
      String name = a.get(k).get("name").asText();
      newNames.add(name);
      Integer old = oldIndex.get(name);
      if (old == null) {
        out.add(new FieldChange(ChangeType.ADDED, at + "/" + k, null, a.get(k)));
      } else {
        fields(b.get(old), a.get(k), at + "/" + k, crd, out, texts);
      }
    }
    for (Map.Entry<String, Integer> e : oldIndex.entrySet()) {
      if (!newNames.contains(e.getKey())) {
        out.add(new FieldChange(ChangeType.REMOVED, at + "/" + e.getValue(), b.get(e.getValue()), null));
      }
    }
  }

  /** A non-empty list of objects each with a text name, no name twice. */
  private static boolean named(JsonNode list) {
    if (list.isEmpty()) {
      return false;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (JsonNode e : list) {
      if (!e.isObject() || !e.path("name").isTextual() || !seen.add(e.get("name").asText())) {
        return false;
      }
    }
    return true;
  }

  /** Equal values, numbers by value ({@code 1} and {@code 1.0} are the same number). */
  static boolean sameValue(JsonNode b, JsonNode a) {
    if (b.isNumber() && a.isNumber()) {
      return b.decimalValue().compareTo(a.decimalValue()) == 0;
    }
    if (b.isContainerNode() && a.isContainerNode() && b.getNodeType() == a.getNodeType() && b.size() == a.size()) {
      List<FieldChange> none = new ArrayList<>();
      fields(b, a, "", false, none, new int[1]);
      return none.isEmpty();
    }
    return b.equals(a);
  }
}
