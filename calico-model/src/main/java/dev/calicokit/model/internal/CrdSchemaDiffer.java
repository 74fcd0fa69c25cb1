package dev.calicokit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.diff.SchemaChange;
import dev.calicokit.model.diff.SchemaChangeKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises the change between two CRD schemas by property: what a reader of a release's notes wants
 * (a property added or removed, a type, enum, pattern or bound changed), not the hundreds of JSON
 * pointers a schema's reshuffled descriptions would give. Description texts and CEL rule messages are
 * counted only.
 */
final class CrdSchemaDiffer {
  private static final List<String> TYPE_KEYS = List.of("type", "x-kubernetes-int-or-string");
  private static final List<String> BOUND_KEYS = List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
      "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "multipleOf");
  /** Keys that hold sub-schemas, walked as properties of their own rather than compared as facts. */
  private static final Set<String> STRUCTURE = Set.of("properties", "items", "additionalProperties", "description");

  private CrdSchemaDiffer() {}

  static void diff(Map<String, JsonNode> before, Map<String, JsonNode> after, List<SchemaChange> out, int[] texts) {
    for (Map.Entry<String, JsonNode> e : after.entrySet()) {
      JsonNode old = before.get(e.getKey());
      if (old == null) {
        out.add(new SchemaChange(e.getKey(), "", SchemaChangeKind.ADDED, "", "version " + e.getKey()));
      } else {
        node(e.getKey(), "", old, e.getValue(), out, texts);
      }
    }
    for (String version : before.keySet()) {
      if (!after.containsKey(version)) {
        out.add(new SchemaChange(version, "", SchemaChangeKind.REMOVED, "version " + version, ""));
      }
    }
  }

  private static void node(String version, String property, JsonNode b, JsonNode a, List<SchemaChange> out, int[] texts) {
    if (!ManifestDiffer.sameValue(b.path("description"), a.path("description"))) {
      texts[0]++;
    }
    fact(version, property, SchemaChangeKind.TYPE, b, a, TYPE_KEYS, out);
    fact(version, property, SchemaChangeKind.FORMAT, b, a, List.of("format"), out);
    fact(version, property, SchemaChangeKind.ENUM, b, a, List.of("enum"), out);
    fact(version, property, SchemaChangeKind.PATTERN, b, a, List.of("pattern"), out);
    fact(version, property, SchemaChangeKind.BOUNDS, b, a, BOUND_KEYS, out);
    rules(version, property, b.path("x-kubernetes-validations"), a.path("x-kubernetes-validations"), out, texts);
    Set<String> others = new LinkedHashSet<>();
    b.fieldNames().forEachRemaining(others::add);
    a.fieldNames().forEachRemaining(others::add);
    others.removeIf(k -> STRUCTURE.contains(k) || TYPE_KEYS.contains(k) || BOUND_KEYS.contains(k)
        || k.equals("format") || k.equals("enum") || k.equals("pattern") || k.equals("x-kubernetes-validations"));
    for (String k : others) {
      fact(version, property, SchemaChangeKind.OTHER, b, a, List.of(k), out);
    }
    children(version, property, b.path("properties"), a.path("properties"), out, texts);
    sub(version, property + "[]", b.path("items"), a.path("items"), out, texts);
    sub(version, property + "{}", b.path("additionalProperties"), a.path("additionalProperties"), out, texts);
  }

  private static void children(String version, String property, JsonNode b, JsonNode a, List<SchemaChange> out, int[] texts) {
    for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String child = property.isEmpty() ? e.getKey() : property + "." + e.getKey();
      sub(version, child, b.path(e.getKey()), e.getValue(), out, texts);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!a.has(e.getKey())) {
        String child = property.isEmpty() ? e.getKey() : property + "." + e.getKey();
        out.add(new SchemaChange(version, child, SchemaChangeKind.REMOVED, summary(e.getValue()), ""));
      }
    }
  }

  /** A sub-schema that may be missing on either side; {@code additionalProperties: true} is no schema. */
  private static void sub(String version, String property, JsonNode b, JsonNode a, List<SchemaChange> out, int[] texts) {
    boolean hadSchema = b.isObject();
    boolean hasSchema = a.isObject();
    if (hadSchema && hasSchema) {
      node(version, property, b, a, out, texts);
    } else if (hasSchema) {
      out.add(new SchemaChange(version, property, SchemaChangeKind.ADDED, "", summary(a)));
    } else if (hadSchema) {
      out.add(new SchemaChange(version, property, SchemaChangeKind.REMOVED, summary(b), ""));
    } else if (!ManifestDiffer.sameValue(b, a) && !(b.isMissingNode() && a.isMissingNode())) {
      out.add(new SchemaChange(version, property, SchemaChangeKind.OTHER, text(b), text(a)));
    }
  }

  /** The CEL rules compared without their messages; a message that differs counts as a text change. */
  private static void rules(String version, String property, JsonNode b, JsonNode a, List<SchemaChange> out, int[] texts) {
    List<String> oldRules = new ArrayList<>();
    List<String> newRules = new ArrayList<>();
    b.forEach(r -> oldRules.add(r.path("rule").asText()));
    a.forEach(r -> newRules.add(r.path("rule").asText()));
    if (!oldRules.equals(newRules)) {
      out.add(new SchemaChange(version, property, SchemaChangeKind.RULES, String.join(" ; ", oldRules),
          String.join(" ; ", newRules)));
      return;
    }
    for (int i = 0; i < a.size(); i++) {
      JsonNode or = b.get(i).deepCopy();
      JsonNode nr = a.get(i).deepCopy();
      if (!ManifestDiffer.sameValue(or.path("message"), nr.path("message"))) {
        texts[0]++;
      }
      ((com.fasterxml.jackson.databind.node.ObjectNode) or).remove("message");
      ((com.fasterxml.jackson.databind.node.ObjectNode) nr).remove("message");
      if (!ManifestDiffer.sameValue(or, nr)) {
        out.add(new SchemaChange(version, property, SchemaChangeKind.RULES, or.toString(), nr.toString()));
      }
    }
  }

  private static void fact(String version, String property, SchemaChangeKind kind, JsonNode b, JsonNode a, List<String> keys,
      List<SchemaChange> out) {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    boolean differ = false;
    for (String k : keys) {
      JsonNode o = b.path(k);
      JsonNode n = a.path(k);
      if (o.isMissingNode() && n.isMissingNode()) {
        continue;
      }
      if (o.isMissingNode() || n.isMissingNode() || !ManifestDiffer.sameValue(o, n)) {
        differ = true;
      }
      append(before, k, o, keys.size() > 1);
      append(after, k, n, keys.size() > 1);
    }
    if (differ) {
      out.add(new SchemaChange(version, property, kind, before.toString(), after.toString()));
    }
  }

  private static void append(StringBuilder b, String key, JsonNode value, boolean named) {
    if (value.isMissingNode()) {
      return;
    }
    if (b.length() > 0) {
      b.append(", ");
    }
    b.append(named ? key + "=" : "").append(text(value));
  }

  private static String text(JsonNode n) {
    if (n.isMissingNode()) {
      return "";
    }
    // fabric8 holds CRD bounds as doubles: 32 is written 32, not 32.0.
    String s = n.isTextual() ? n.textValue() : n.isNumber() ? n.decimalValue().stripTrailingZeros().toPlainString() : n.toString();
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }

  /** A sub-schema in a few words: its type. */
  private static String summary(JsonNode schema) {
    if (schema.has("type")) {
      return schema.get("type").asText();
    }
    return schema.path("x-kubernetes-int-or-string").asBoolean(false) ? "int-or-string" : "schema";
  }
}
