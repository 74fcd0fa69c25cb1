package dev.calicokit.schemas.internal.cel;

import dev.calicokit.model.io.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.io.JsonValues;
import dev.cel.common.values.NullValue;
import dev.cel.runtime.CelEvaluationException;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the rules of one CRD schema on one document, in a single walk: each value is bound once,
 * bottom-up, the way the API server sees it (unknown fields pruned, defaults applied, nulls of
 * non-nullable fields dropped), and every rule is evaluated on every value its schema node matches.
 *
 * <p>A value that does not have the shape its schema gives (a string where an object belongs) is not
 * judged by CEL, nor is anything that contains it: the structural layer reports the shape, and a rule
 * evaluated on a value of the wrong type would only add noise. Rules below it still run.
 */
final class CelDocumentEvaluation {
  /** Rule ids. */
  static final String RULE = "cel.rule";
  static final String EVALUATION = "cel.evaluation";
  static final String TRANSITION = "cel.transition-skipped";
  static final String COMPILE = "cel.compile";
  static final String RATCHETED = "cel.ratcheted";

  /** A value whose shape contradicts its schema. */
  private static final Object MISMATCH = new Object();

  private final ValidatedDocument doc;
  private final FindingSink sink;
  // Transition and compile notes are given once per document and rule, not once per list item.
  private final Set<CelCheck> noted = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Only binds values, evaluates nothing: how the previous object is bound for {@code oldSelf}. */
  private final boolean bindOnly;

  private CelDocumentEvaluation(ValidatedDocument doc, FindingSink sink, boolean bindOnly) {
    this.doc = doc;
    this.sink = sink;
    this.bindOnly = bindOnly;
  }

  /**
   * Evaluates {@code schema}'s rules on {@code doc}, reporting to {@code sink}. Where the document is an
   * update of an installed object, transition rules see the object's value at the same place as
   * {@code oldSelf}, and a rule that fails on a value the update leaves unchanged is not an error
   * (validation ratcheting, as the API server does from Kubernetes 1.30 on).
   */
  static void run(CelSchema schema, ValidatedDocument doc, FindingSink sink) {
    if (schema.checksBelow) {
      new CelDocumentEvaluation(doc, sink, false).visit(doc.tree(), schema, null, false, doc.previous().orElse(null));
    }
  }

  /** A JSON pointer built only when a finding needs it. */
  private record Pointer(Pointer parent, String token) {
    static String of(Pointer p, List<String> more) {
      StringBuilder b = new StringBuilder();
      append(b, p);
      for (String t : more) {
        b.append('/').append(JsonPointers.escape(t));
      }
      return b.toString();
    }

    private static void append(StringBuilder b, Pointer p) {
      if (p != null) {
        append(b, p.parent);
        b.append('/').append(JsonPointers.escape(p.token));
      }
    }
  }

  /**
   * Binds {@code node} under schema {@code s} and evaluates the rules of {@code s} on it. Returns the
   * bound value when {@code build} (an ancestor has rules and needs it), else null.
   */
  private Object visit(JsonNode node, CelSchema s, Pointer at, boolean build, JsonNode old) {
    boolean need = build || !s.checks.isEmpty() && !bindOnly;
    if (!need && !s.checksBelow) {
      return null;
    }
    Object value = bind(node, s, at, need, old);
    if (!bindOnly && !s.checks.isEmpty() && value != MISMATCH) {
      for (CelCheck c : s.checks) {
        evaluate(c, value, at, node, s, old);
      }
    }
    return build ? value : null;
  }

  private Object bind(JsonNode node, CelSchema s, Pointer at, boolean need, JsonNode old) {
    if (node.isNull()) {
      return s.nullable ? NullValue.NULL_VALUE : MISMATCH;
    }
    if (s.intOrString) {
      if (node.isIntegralNumber() && node.canConvertToLong()) {
        return node.longValue();
      }
      return node.isTextual() ? node.textValue() : MISMATCH;
    }
    switch (s.type) {
      case "object":
        return node.isObject() ? bindObject(node, s, at, need, old) : MISMATCH;
      case "array":
        return node.isArray() ? bindArray(node, s, at, need, old) : MISMATCH;
      case "string":
        return node.isTextual() ? node.textValue() : MISMATCH;
      case "integer":
        return node.isIntegralNumber() && node.canConvertToLong() ? (Object) node.longValue() : MISMATCH;
      case "number":
        return node.isNumber() ? (Object) node.doubleValue() : MISMATCH;
      case "boolean":
        return node.isBoolean() ? (Object) node.booleanValue() : MISMATCH;
      default:
        // No type: only x-kubernetes-preserve-unknown-fields or int-or-string nodes are untyped in a
        // structural schema; bind whatever is there.
        return need ? plain(node) : null;
    }
  }

  private Object bindObject(JsonNode node, CelSchema s, Pointer at, boolean need, JsonNode old) {
    JsonNode oldObject = old != null && old.isObject() ? old : null;
    Map<String, Object> map = need ? new LinkedHashMap<>() : null;
    boolean mismatch = false;
    if (s.properties != null) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String key = e.getKey();
        JsonNode child = e.getValue();
        Pointer p = new Pointer(at, key);
        if (at == null && key.equals("metadata")) {
          // CEL sees only the name and generateName of an object's metadata, as in the API server.
          if (need && child.isObject()) {
            map.put(key, metadata(child));
          }
          continue;
        }
        CelSchema cs = s.properties.get(key);
        if (cs == null) {
          if (need && s.preserveUnknownFields) {
            map.put(key, plain(child));
          }
          continue; // pruned, as the API server prunes unknown fields
        }
        if (child.isNull() && !cs.nullable) {
          if (cs.defaultValue == null) {
            continue; // a null of a non-nullable field is dropped
          }
          child = cs.defaultValue;
        }
        Object v = visit(child, cs, p, need, oldObject == null ? null : oldObject.get(key));
        if (need) {
          mismatch |= v == MISMATCH;
          map.put(key, v);
        }
      }
      for (Map.Entry<String, CelSchema> e : s.properties.entrySet()) {
        CelSchema cs = e.getValue();
        if (cs.defaultValue != null && !node.has(e.getKey())) {
          Object v = visit(cs.defaultValue, cs, new Pointer(at, e.getKey()), need,
              oldObject == null ? null : oldObject.has(e.getKey()) ? oldObject.get(e.getKey()) : cs.defaultValue);
          if (need) {
            mismatch |= v == MISMATCH;
            map.put(e.getKey(), v);
          }
        }
      }
    } else if (s.additionalProperties != null) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        Object v = visit(e.getValue(), s.additionalProperties, new Pointer(at, e.getKey()), need,
            oldObject == null ? null : oldObject.get(e.getKey()));
        if (need) {
          mismatch |= v == MISMATCH;
          map.put(e.getKey(), v);
        }
      }
    } else if (need && s.preserveUnknownFields) {
      return plain(node);
    }
    return mismatch ? MISMATCH : map;
  }

  private Object bindArray(JsonNode node, CelSchema s, Pointer at, boolean need, JsonNode old) {
    List<Object> list = need ? new ArrayList<>(node.size()) : null;
    boolean mismatch = false;
    for (int i = 0; i < node.size(); i++) {
      Object v;
      if (s.items == null) {
        v = need ? plain(node.get(i)) : null;
      } else {
        v = visit(node.get(i), s.items, new Pointer(at, Integer.toString(i)), need, correlated(node.get(i), s, old));
      }
      if (need) {
        mismatch |= v == MISMATCH;
        list.add(v);
      }
    }
    return mismatch ? MISMATCH : list;
  }

  private static Map<String, Object> metadata(JsonNode meta) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : List.of("name", "generateName")) {
      if (meta.path(key).isTextual()) {
        out.put(key, meta.get(key).textValue());
      }
    }
    return out;
  }

  /** A value bound without a schema: what JSON says it is. */
  private static Object plain(JsonNode n) {
    if (n.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      n.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    if (n.isArray()) {
      List<Object> list = new ArrayList<>(n.size());
      n.forEach(x -> list.add(plain(x)));
      return list;
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.longValue();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    return NullValue.NULL_VALUE;
  }

  /**
   * The item of the previous list that an item corresponds to: in a {@code map} list the one with the
   * same key values, as the API server correlates them; items of other lists have none.
   */
  private static JsonNode correlated(JsonNode item, CelSchema list, JsonNode old) {
    if (old == null || !old.isArray() || list.listMapKeys.isEmpty() || !item.isObject()) {
      return null;
    }
    for (JsonNode o : old) {
      boolean same = o.isObject();
      for (String k : list.listMapKeys) {
        same &= o.path(k).equals(item.path(k));
      }
      if (same) {
        return o;
      }
    }
    return null;
  }

  /** The previous object's value bound under the same schema, for {@code oldSelf}. */
  private Object bindOld(JsonNode old, CelSchema s) {
    return new CelDocumentEvaluation(doc, null, true).bind(old, s, null, true, null);
  }

  private void evaluate(CelCheck c, Object self, Pointer at, JsonNode node, CelSchema s, JsonNode old) {
    if (!c.program().ok()) {
      if (noted.add(c)) {
        sink.warning(COMPILE, doc, Pointer.of(at, List.of()),
            "rule cannot be compiled, not checked: " + c.rule().strip() + ": " + c.program().error());
      }
      return;
    }
    if (c.transition() && doc.isUpdate()) {
      if (old == null) {
        return; // transition rules judge changes; a value the update creates has none
      }
    } else if (c.transition()) {
      if (noted.add(c)) {
        sink.info(TRANSITION, doc, Pointer.of(at, List.of()),
            "transition rule not checked: it compares with the stored object (oldSelf), which only an update has: "
                + c.rule().strip());
      }
      return;
    }
    Object result;
    try {
      if (c.transition()) {
        Object oldSelf = bindOld(old, s);
        if (oldSelf == MISMATCH) {
          return; // the installed value does not have its schema's shape: nothing to compare with
        }
        result = c.program().evaluate(self, oldSelf);
      } else {
        result = c.program().evaluate(self);
      }
    } catch (CelEvaluationException | RuntimeException e) {
      sink.error(EVALUATION, doc, Pointer.of(at, List.of()),
          "rule could not be evaluated (" + e.getMessage() + "): " + c.rule().strip());
      return;
    }
    if (result instanceof Boolean b) {
      if (!b && doc.isUpdate() && old != null && !c.transition() && JsonValues.sameValue(old, node)) {
        // Ratcheting: the API server (Kubernetes 1.30 on) accepts an unchanged value that fails a rule.
        if (noted.add(c)) {
          sink.info(RATCHETED, doc, Pointer.of(at, c.fieldPath()), "unchanged since the installed object, so the API"
              + " server accepts it on update (validation ratcheting, Kubernetes 1.30 and later), but it fails: "
              + message(c, self) + "; fix it before the next change of this field");
        }
      } else if (!b) {
        sink.error(RULE, doc, Pointer.of(at, c.fieldPath()), message(c, self));
      }
    } else {
      sink.error(EVALUATION, doc, Pointer.of(at, List.of()),
          "rule gave " + result + ", not a boolean: " + c.rule().strip());
    }
  }

  /** The message expression's text when it gives one, else the message, else the rule (as the API server). */
  private static String message(CelCheck c, Object self) {
    if (c.messageExpression() != null && c.messageExpression().ok()) {
      try {
        Object m = c.messageExpression().evaluate(self);
        if (m instanceof String s && !s.isBlank() && !s.contains("\n")) {
          return s;
        }
      } catch (CelEvaluationException | RuntimeException e) {
        // fall back to the message, as the API server does
      }
    }
    return c.message().isEmpty() ? "failed rule: " + c.rule().strip() : c.message();
  }
}
