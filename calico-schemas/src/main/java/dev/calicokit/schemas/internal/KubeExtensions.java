package dev.calicokit.schemas.internal;

import dev.calicokit.model.io.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the API server does around plain schema validation, in one walk of a document along its
 * converted schema: explicit nulls on fields that are not nullable are dropped (or replaced by the
 * field's default) and absent fields with a default get it, as the API server's null pruning and
 * defaulting do before validating; and lists of {@code x-kubernetes-list-type} set or map are checked
 * for repeated items and repeated keys, which plain JSON Schema cannot express with a useful place.
 */
final class KubeExtensions {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final List<SchemaProblem> problems = new ArrayList<>();
  private final Map<JsonNode, List<Map.Entry<String, JsonNode>>> defaulted;

  private KubeExtensions(Map<JsonNode, List<Map.Entry<String, JsonNode>>> defaulted) {
    this.defaulted = defaulted;
  }

  /**
   * For each {@code properties} node of a converted schema (by identity), its properties that have a
   * default: found once per schema, so that an object is not searched for every property its schema has.
   */
  static Map<JsonNode, List<Map.Entry<String, JsonNode>>> defaultedProperties(JsonNode schema) {
    Map<JsonNode, List<Map.Entry<String, JsonNode>>> out = new IdentityHashMap<>();
    collectDefaulted(schema, out);
    return out;
  }

  private static void collectDefaulted(JsonNode schema, Map<JsonNode, List<Map.Entry<String, JsonNode>>> out) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    JsonNode props = schema.path("properties");
    if (props.isObject() && !out.containsKey(props)) {
      List<Map.Entry<String, JsonNode>> withDefault = new ArrayList<>();
      props.properties().forEach(p -> {
        if (p.getValue().has("default")) {
          withDefault.add(Map.entry(p.getKey(), p.getValue().get("default")));
        }
      });
      out.put(props, withDefault.isEmpty() ? List.of() : List.copyOf(withDefault));
      props.forEach(sub -> collectDefaulted(sub, out));
    }
    collectDefaulted(schema.get("additionalProperties"), out);
    collectDefaulted(schema.get("items"), out);
  }

  /** The document as the API server validates it, and the list problems found on the way. */
  record Prepared(JsonNode document, List<SchemaProblem> problems) {}

  static Prepared prepare(JsonNode document, JsonNode schema) {
    return prepare(document, schema, defaultedProperties(schema));
  }

  /** {@link #prepare(JsonNode, JsonNode)} with the schema's {@link #defaultedProperties} found before. */
  static Prepared prepare(JsonNode document, JsonNode schema, Map<JsonNode, List<Map.Entry<String, JsonNode>>> defaulted) {
    KubeExtensions k = new KubeExtensions(defaulted);
    JsonNode out = k.walk(document, schema, Path.ROOT);
    return new Prepared(out, k.problems);
  }

  /** Where the walk is: the JSON pointer is only written when a problem needs it. */
  private record Path(Path parent, String step) {
    static final Path ROOT = new Path(null, null);

    String pointer() {
      return parent == null ? "" : parent.pointer() + "/" + JsonPointers.escape(step);
    }
  }

  private JsonNode walk(JsonNode node, JsonNode schema, Path path) {
    if (schema == null || !schema.isObject()) {
      return node;
    }
    if (node.isObject()) {
      JsonNode props = schema.path("properties");
      JsonNode additional = schema.get("additionalProperties");
      if (!props.isObject() && (additional == null || !additional.isObject())) {
        return node;
      }
      // Copy on write: an object none of whose fields changes (no null pruned, no default set) is
      // returned as it is, which most documents are.
      ObjectNode out = null;
      int index = 0;
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode sub = props.get(e.getKey());
        if (sub == null && additional != null && additional.isObject()) {
          sub = additional;
        }
        JsonNode v = e.getValue();
        JsonNode replaced;
        if (v.isNull() && sub != null && !nullable(sub)) {
          replaced = sub.has("default") ? sub.get("default").deepCopy() : null; // null: pruned
        } else {
          replaced = walk(v, sub, new Path(path, e.getKey()));
        }
        if (out == null && replaced != v) {
          out = copyOfFirst(node, index);
        }
        if (out != null && replaced != null) {
          out.set(e.getKey(), replaced);
        }
        index++;
      }
      if (props.isObject()) {
        List<Map.Entry<String, JsonNode>> withDefault = defaulted.get(props);
        if (withDefault == null) {
          withDefault = defaultedProperties(schema).get(props); // a schema node the map was not made from
        }
        for (Map.Entry<String, JsonNode> p : withDefault) {
          if (!node.has(p.getKey()) && (out == null || !out.has(p.getKey()))) {
            if (out == null) {
              out = copyOfFirst(node, node.size());
            }
            out.set(p.getKey(), p.getValue().deepCopy());
          }
        }
      }
      return out == null ? node : out;
    }
    if (node.isArray()) {
      JsonNode items = schema.get("items");
      listRules(node, schema, path);
      if (items == null) {
        return node;
      }
      ArrayNode out = null;
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        JsonNode replaced = walk(item, items, new Path(path, Integer.toString(i)));
        if (out == null && replaced != item) {
          out = NODES.arrayNode(node.size());
          for (int j = 0; j < i; j++) {
            out.add(node.get(j));
          }
        }
        if (out != null) {
          out.add(replaced);
        }
      }
      return out == null ? node : out;
    }
    return node;
  }

  /** A new object with the first {@code n} fields of {@code node}, in order (their values shared). */
  private static ObjectNode copyOfFirst(JsonNode node, int n) {
    ObjectNode out = NODES.objectNode();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    for (int i = 0; i < n && it.hasNext(); i++) {
      Map.Entry<String, JsonNode> e = it.next();
      out.set(e.getKey(), e.getValue());
    }
    return out;
  }

  private void listRules(JsonNode list, JsonNode schema, Path path) {
    String type = schema.path("x-kubernetes-list-type").asText("");
    if (type.isEmpty() && !schema.path("uniqueItems").asBoolean(false)) {
      return;
    }
    String pointer = path.pointer();
    if (type.equals("set") || (type.isEmpty() && schema.path("uniqueItems").asBoolean(false))) {
      Map<JsonNode, Integer> seen = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        Integer first = seen.putIfAbsent(list.get(i), i);
        if (first != null) {
          problems.add(new SchemaProblem("schema.list-set-duplicate", pointer + "/" + i,
              "duplicate value " + SchemaProblem.show(list.get(i)) + ": this list is a set (x-kubernetes-list-type: set) "
                  + "and already holds it at index " + first));
        }
      }
    } else if (type.equals("map")) {
      List<String> keys = new ArrayList<>();
      schema.path("x-kubernetes-list-map-keys").forEach(k -> keys.add(k.asText()));
      JsonNode itemProps = schema.path("items").path("properties");
      Map<List<JsonNode>, Integer> seen = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        JsonNode item = list.get(i);
        if (!item.isObject()) {
          continue;
        }
        List<JsonNode> key = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        for (String k : keys) {
          JsonNode v = item.get(k);
          if ((v == null || v.isNull()) && itemProps.path(k).has("default")) {
            v = itemProps.path(k).get("default"); // a missing key field takes its default, as the API server's does
          }
          key.add(v == null ? NODES.missingNode() : v);
          shown.append(shown.length() == 0 ? "" : ", ").append(k).append('=').append(v == null ? "(absent)" : SchemaProblem.show(v));
        }
        Integer first = seen.putIfAbsent(key, i);
        if (first != null) {
          problems.add(new SchemaProblem("schema.list-map-duplicate", pointer + "/" + i,
              "duplicate key (" + shown + "): this list is a map keyed by " + String.join(", ", keys)
                  + " (x-kubernetes-list-type: map) and item " + first + " has the same key"));
        }
      }
    }
  }

  static boolean nullable(JsonNode schema) {
    JsonNode t = schema.get("type");
    if (t != null && t.isArray()) {
      for (JsonNode x : t) {
        if (x.asText().equals("null")) {
          return true;
        }
      }
    }
    return false;
  }
}
