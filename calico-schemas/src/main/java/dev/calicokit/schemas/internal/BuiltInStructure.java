package dev.calicokit.schemas.internal;

import dev.calicokit.model.io.JsonPointers;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges a built-in kind against fabric8's model of it, walking the document along the Java types:
 * a field fabric8's class does not declare is unknown (fabric8 would keep it in its
 * {@code additionalProperties}; kubectl's strict field validation rejects it), and a value of the wrong
 * JSON type is reported where Jackson would quietly convert it (a number where a string belongs) or
 * fail without a place. A null stands for an absent field, as in Go.
 */
final class BuiltInStructure {
  private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

  private final List<SchemaProblem> problems = new ArrayList<>();

  private BuiltInStructure() {}

  /** The problems of a document of the fabric8 class {@code type}. */
  static List<SchemaProblem> check(JsonNode document, Class<?> type) {
    BuiltInStructure b = new BuiltInStructure();
    b.walk(document, type, "");
    return b.problems;
  }

  private void walk(JsonNode node, Type type, String pointer) {
    if (node == null || node.isNull()) {
      return;
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      expect(node.isTextual(), node, "a string", pointer);
    } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
        || raw == Short.class || raw == short.class) {
      if (expect(node.isIntegralNumber() || node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0,
          node, "an integer", pointer)) {
        // Go's JSON decoder refuses a number its field cannot hold (replicas is an int32).
        boolean int32 = raw == Integer.class || raw == int.class || raw == Short.class || raw == short.class;
        java.math.BigInteger v = node.decimalValue().toBigInteger();
        java.math.BigInteger min = java.math.BigInteger.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
        java.math.BigInteger max = java.math.BigInteger.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
          problems.add(new SchemaProblem("schema.integer-range", pointer, SchemaProblem.show(node) + " does not fit an "
              + (int32 ? "int32" : "int64") + " (" + min + " to " + max + "), which this field is: the API server refuses it"));
        }
      }
    } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
      expect(node.isNumber(), node, "a number", pointer);
    } else if (raw == Boolean.class || raw == boolean.class) {
      expect(node.isBoolean(), node, "a boolean (true or false)", pointer);
    } else if (raw.getName().equals("io.fabric8.kubernetes.api.model.IntOrString")) {
      expect(node.isIntegralNumber() || node.isTextual(), node, "an integer or a string", pointer);
    } else if (raw.getName().equals("io.fabric8.kubernetes.api.model.Quantity")) {
      expect(node.isNumber() || node.isTextual(), node, "a quantity such as 100m or 128Mi", pointer);
    } else if (List.class.isAssignableFrom(raw)) {
      if (expect(node.isArray(), node, "a list", pointer)) {
        Type item = argument(type, 0);
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), item, pointer + "/" + i);
        }
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (expect(node.isObject(), node, "an object", pointer)) {
        Type value = argument(type, 1);
        node.fields().forEachRemaining(e -> walk(e.getValue(), value, pointer + "/" + JsonPointers.escape(e.getKey())));
      }
    } else if (raw.getName().startsWith("io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOr")) {
      // A schema or a boolean / list / string list: the object form is a schema.
      if (node.isObject()) {
        walk(node, io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps.class, pointer);
      } else if (node.isArray() && raw.getSimpleName().equals("JSONSchemaPropsOrArray")) {
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps.class, pointer + "/" + i);
        }
      }
    } else if (isModel(raw)) {
      if (expect(node.isObject(), node, "an object", pointer)) {
        required(node, raw, pointer);
        Map<String, Field> fields = fields(raw);
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          Field f = fields.get(e.getKey());
          String at = pointer + "/" + JsonPointers.escape(e.getKey());
          if (f == null) {
            problems.add(new SchemaProblem("schema.unknown-field", at, "unknown field \"" + e.getKey() + "\" in "
                + raw.getSimpleName() + " (kubectl's strict field validation rejects it); " + SchemaErrors.known(fields.keySet(), e.getKey())));
          } else {
            walk(e.getValue(), f.getGenericType(), at);
          }
        }
      }
    }
    // Anything else (JsonNode, Object, polymorphic types) takes any value.
  }

  /**
   * Fields the API server's validation requires of an object of a built-in type (its "Required value"
   * errors), by fabric8 class: fabric8's types do not say. Kept to those a hand edit loses most often.
   */
  private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
      Map.entry("Container", List.of("name", "image")),
      Map.entry("VolumeMount", List.of("name", "mountPath")),
      Map.entry("Volume", List.of("name")),
      Map.entry("EnvVar", List.of("name")),
      Map.entry("ContainerPort", List.of("containerPort")),
      Map.entry("ServicePort", List.of("port")),
      Map.entry("KeyToPath", List.of("key", "path")),
      Map.entry("ConfigMapKeySelector", List.of("key")),
      Map.entry("SecretKeySelector", List.of("key")),
      Map.entry("ObjectFieldSelector", List.of("fieldPath")),
      Map.entry("HostPathVolumeSource", List.of("path")),
      Map.entry("PodSpec", List.of("containers")),
      Map.entry("PolicyRule", List.of("verbs")),
      Map.entry("Subject", List.of("kind", "name")),
      Map.entry("RoleRef", List.of("kind", "name")),
      Map.entry("LabelSelectorRequirement", List.of("key", "operator")));

  private void required(JsonNode node, Class<?> type, String pointer) {
    List<String> fields = REQUIRED.get(type.getSimpleName());
    if (fields == null || type.getName().contains(".apiextensions.")) {
      return;
    }
    for (String f : fields) {
      JsonNode v = node.get(f);
      boolean missing = v == null || v.isNull() || v.isTextual() && v.asText().isEmpty() || v.isArray() && v.isEmpty();
      if (missing) {
        problems.add(new SchemaProblem("schema.required", pointer, type.getSimpleName() + " needs " + f
            + (v == null ? "" : " (found " + (v.isArray() ? "an empty list" : v.isNull() ? "null" : "an empty string") + ")")
            + ": the API server refuses the object without it"));
      }
    }
  }

  private boolean expect(boolean ok, JsonNode node, String expected, String pointer) {
    if (!ok) {
      problems.add(new SchemaProblem("schema.built-in", pointer, "expected " + expected + ", found "
          + SchemaProblem.typeOf(node) + (node.isContainerNode() ? "" : " (" + SchemaProblem.show(node) + ")")));
    }
    return ok;
  }

  private static boolean isModel(Class<?> c) {
    return c.getName().startsWith("io.fabric8.kubernetes.api.model.") && !c.isInterface()
        && !Modifier.isAbstract(c.getModifiers()) && !c.isEnum()
        && !c.getSuperclass().getName().equals("io.fabric8.kubernetes.api.model.AnyType")
        && !c.getName().equals("io.fabric8.kubernetes.api.model.AnyType");
  }

  /** The JSON names fabric8's class declares, with their fields, superclasses included. */
  private static Map<String, Field> fields(Class<?> c) {
    return FIELDS.computeIfAbsent(c, k -> {
      Map<String, Field> out = new LinkedHashMap<>();
      for (Class<?> x = k; x != null && x != Object.class; x = x.getSuperclass()) {
        for (Field f : x.getDeclaredFields()) {
          JsonProperty p = f.getAnnotation(JsonProperty.class);
          if (p != null) {
            out.putIfAbsent(p.value().isEmpty() ? f.getName() : p.value(), f);
          }
        }
      }
      return out;
    });
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type t, int i) {
    if (t instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
      return p.getActualTypeArguments()[i];
    }
    return Object.class;
  }
}
