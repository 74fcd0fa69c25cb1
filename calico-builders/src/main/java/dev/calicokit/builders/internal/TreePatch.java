package dev.calicokit.builders.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.io.JsonValues;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes that turn one document tree into another, as steps that can be replayed on a third tree:
 * fields set or removed, and elements of named lists (env vars, containers, volumes, mounts, ports)
 * inserted, removed or changed by name, so that a change lands on the same env var even where the
 * user's list has other entries or another order. Lists without names are replaced whole.
 */
final class TreePatch {
  /** One step of a path: a field name, or the element of a named list with that name. */
  private record Step(String field, String named) {
    static Step field(String f) {
      return new Step(f, null);
    }

    static Step named(String n) {
      return new Step(null, n);
    }

    @Override
    public String toString() {
      return field != null ? "/" + field : "[name=" + named + "]";
    }
  }

  private enum Kind { SET, REMOVE, INSERT }

  /** One change: set a value at a path, remove what is there, or insert a named element after another. */
  private record Change(Kind kind, List<Step> path, JsonNode value, String after) {}

  private final List<Change> changes;

  private TreePatch(List<Change> changes) {
    this.changes = List.copyOf(changes);
  }

  /** The changes from {@code base} to {@code target}. */
  static TreePatch between(JsonNode base, JsonNode target) {
    List<Change> out = new ArrayList<>();
    diff(base, target, new ArrayList<>(), out);
    return new TreePatch(out);
  }

  boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The changes replayed on a copy of {@code doc}; a change whose place the document lacks (the user
   * removed the container, say) is left out and described in {@code skipped}.
   */
  JsonNode applyTo(JsonNode doc, List<String> skipped) {
    JsonNode copy = doc.deepCopy();
    for (Change c : changes) {
      if (!apply(copy, c)) {
        skipped.add(c.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + pathText(c.path()));
      }
    }
    return copy;
  }

  /** What became of one change replayed on another release's document. */
  record Outcome(String change, boolean carried, String reason) {}

  /**
   * The changes replayed on {@code target} (changed in place), each only where its place is the same in
   * {@code target} as in {@code base}, the document the changes were made against: a field the user set
   * is set again where the new release still has the field's parent and has not changed the field
   * itself; a removed field or element is removed where the new release left it as it was; an added
   * element goes in where the new release has the list and no element of that name. Every change has
   * its outcome, with the reason where it was not carried.
   */
  List<Outcome> carryOnto(JsonNode base, JsonNode target) {
    List<Outcome> out = new ArrayList<>();
    for (Change c : changes) {
      String what = describe(c);
      if (c.kind() == Kind.INSERT) {
        JsonNode list = find(target, c.path());
        String name = c.value().path("name").asText();
        if (list == null || !list.isArray()) {
          out.add(new Outcome(what, false, "the list it goes in is gone in the new release"));
        } else if (indexOf((ArrayNode) list, name) >= 0) {
          boolean same = list.get(indexOf((ArrayNode) list, name)).equals(c.value());
          out.add(new Outcome(what, same, same ? "the new release has it as you wrote it" : "the new release has its own "
              + name + " there, kept: " + abbreviate(list.get(indexOf((ArrayNode) list, name)))));
        } else {
          apply(target, c);
          out.add(new Outcome(what, true, ""));
        }
        continue;
      }
      if (c.path().isEmpty()) {
        out.add(new Outcome(what, false, "a whole document is not replaced"));
        continue;
      }
      JsonNode parent = find(target, c.path().subList(0, c.path().size() - 1));
      JsonNode was = find(base, c.path());
      JsonNode is = find(target, c.path());
      if (parent == null) {
        out.add(new Outcome(what, false, "its place " + pathText(c.path().subList(0, c.path().size() - 1))
            + " is gone in the new release"));
      } else if (c.kind() == Kind.REMOVE && last(c).named() != null && is != null) {
        // An element the user removed from a named list (a container, an env var, a volume) goes, even where
        // the new release changed what is inside it (an image tag): the user did not want it at all.
        boolean changed = !JsonValues.sameValue(was, is);
        apply(target, c);
        out.add(new Outcome(what, true, changed ? "removed although the new release changed it" : ""));
      } else if (!(was == null ? is == null : is != null && JsonValues.sameValue(was, is))) {
        if (c.kind() == Kind.SET && is != null && JsonValues.sameValue(c.value(), is)) {
          out.add(new Outcome(what, true, "the new release has this value already"));
        } else {
          out.add(new Outcome(what, false, "the new release changed it: " + (was == null ? "(absent)" : abbreviate(was))
              + " became " + (is == null ? "(absent)" : abbreviate(is)) + ", kept"));
        }
      } else if (c.kind() == Kind.REMOVE && is == null) {
        out.add(new Outcome(what, true, "gone in the new release too"));
      } else {
        apply(target, c);
        out.add(new Outcome(what, true, ""));
      }
    }
    return out;
  }

  private static Step last(Change c) {
    return c.path().get(c.path().size() - 1);
  }

  private static String describe(Change c) {
    return switch (c.kind()) {
      case SET -> "set " + pathText(c.path()) + " = " + abbreviate(c.value());
      case REMOVE -> "remove " + pathText(c.path());
      case INSERT -> "add " + pathText(c.path()) + "[name=" + c.value().path("name").asText() + "] = " + abbreviate(c.value());
    };
  }

  private static String abbreviate(JsonNode n) {
    String s = n.isTextual() ? n.textValue() : n.toString();
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }

  private static String pathText(List<Step> path) {
    StringBuilder b = new StringBuilder();
    path.forEach(b::append);
    return b.toString();
  }

  private static void diff(JsonNode base, JsonNode target, List<Step> at, List<Change> out) {
    if (base.isObject() && target.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = target.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode b = base.get(e.getKey());
        List<Step> path = plus(at, Step.field(e.getKey()));
        if (b == null) {
          out.add(new Change(Kind.SET, path, e.getValue(), previousField(target, e.getKey())));
        } else {
          diff(b, e.getValue(), path, out);
        }
      }
      for (Iterator<String> it = base.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!target.has(f)) {
          out.add(new Change(Kind.REMOVE, plus(at, Step.field(f)), null, null));
        }
      }
    } else if (named(base) && named(target)) {
      List<String> targetNames = names(target);
      for (JsonNode b : base) {
        if (!targetNames.contains(b.get("name").asText())) {
          out.add(new Change(Kind.REMOVE, plus(at, Step.named(b.get("name").asText())), null, null));
        }
      }
      List<String> baseNames = names(base);
      String previous = null;
      for (JsonNode t : target) {
        String name = t.get("name").asText();
        int i = baseNames.indexOf(name);
        if (i < 0) {
          out.add(new Change(Kind.INSERT, at, t, previous));
        } else {
          diff(base.get(i), t, plus(at, Step.named(name)), out);
        }
        previous = name;
      }
    } else if (!JsonValues.sameValue(base, target)) {
      out.add(new Change(Kind.SET, at, target, null));
    }
  }

  private static String previousField(JsonNode object, String field) {
    String previous = null;
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.equals(field)) {
        return previous;
      }
      previous = f;
    }
    return previous;
  }

  /** A non-empty list whose every element is an object with a text name: matched by name. */
  private static boolean named(JsonNode n) {
    if (!n.isArray() || n.isEmpty()) {
      return false;
    }
    for (JsonNode e : n) {
      if (!e.isObject() || !e.path("name").isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> names(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(e -> out.add(e.get("name").asText()));
    return out;
  }

  private static List<Step> plus(List<Step> path, Step step) {
    List<Step> out = new ArrayList<>(path);
    out.add(step);
    return out;
  }

  private static boolean apply(JsonNode root, Change c) {
    if (c.kind() == Kind.INSERT) {
      JsonNode list = find(root, c.path());
      if (list == null || !list.isArray()) {
        return false;
      }
      ArrayNode a = (ArrayNode) list;
      int at = c.after() == null ? 0 : indexOf(a, c.after()) + 1;
      if (c.after() != null && at == 0) {
        at = a.size(); // the element it followed is gone: put it last
      }
      a.insert(at, c.value().deepCopy());
      return true;
    }
    if (c.path().isEmpty()) {
      return false; // a whole document replaced: documents are matched one level up
    }
    JsonNode parent = find(root, c.path().subList(0, c.path().size() - 1));
    Step last = c.path().get(c.path().size() - 1);
    if (parent == null) {
      return false;
    }
    if (last.field() != null) {
      if (!parent.isObject()) {
        return false;
      }
      ObjectNode o = (ObjectNode) parent;
      if (c.kind() == Kind.REMOVE) {
        o.remove(last.field());
        return true;
      }
      putInOrder(o, last.field(), c.value().deepCopy(), c.after());
      return true;
    }
    if (!parent.isArray()) {
      return false;
    }
    ArrayNode a = (ArrayNode) parent;
    int i = indexOf(a, last.named());
    if (i < 0) {
      return c.kind() == Kind.REMOVE; // already gone
    }
    if (c.kind() == Kind.REMOVE) {
      a.remove(i);
    } else {
      a.set(i, c.value().deepCopy());
    }
    return true;
  }

  /** Sets a field, a new one right after {@code after} (as the renderer places it), an old one in place. */
  private static void putInOrder(ObjectNode o, String field, JsonNode value, String after) {
    if (o.has(field) || after == null && o.isEmpty() || after != null && !o.has(after)) {
      o.set(field, value);
      return;
    }
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    o.fields().forEachRemaining(entries::add);
    o.removeAll();
    if (after == null) {
      o.set(field, value);
    }
    for (Map.Entry<String, JsonNode> e : entries) {
      o.set(e.getKey(), e.getValue());
      if (e.getKey().equals(after)) {
        o.set(field, value);
      }
    }
  }

  private static JsonNode find(JsonNode root, List<Step> path) {
    JsonNode n = root;
    for (Step s : path) {
      if (n == null) {
        return null;
      }
      if (s.field() != null) {
        n = n.isObject() ? n.get(s.field()) : null;
      } else {
        int i = n.isArray() ? indexOf((ArrayNode) n, s.named()) : -1;
        n = i < 0 ? null : n.get(i);
      }
    }
    return n;
  }

  private static int indexOf(ArrayNode list, String name) {
    for (int i = 0; i < list.size(); i++) {
      if (Objects.equals(list.get(i).path("name").asText(null), name)) {
        return i;
      }
    }
    return -1;
  }
}
