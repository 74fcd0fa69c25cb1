package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns the OpenAPI v3 structural schema of a CRD version into a standalone JSON Schema (draft
 * 2020-12) that means what the API server enforces:
 *
 * <ul>
 *   <li>{@code nullable: true} adds {@code null} to the type (and the enum); where a field is not
 *       nullable, the validator drops an explicit null before validating, as the API server does;
 *   <li>{@code x-kubernetes-int-or-string} is {@code type: [integer, string]} (the CRD's companion
 *       {@code anyOf} of the two types is then redundant and left out);
 *   <li>objects reject properties they do not declare ({@code additionalProperties: false}), as strict
 *       field validation does, unless {@code x-kubernetes-preserve-unknown-fields} keeps them or an
 *       {@code additionalProperties} schema types them; {@code x-kubernetes-embedded-resource} objects
 *       also take {@code apiVersion}, {@code kind} and {@code metadata};
 *   <li>{@code x-kubernetes-list-type: set} is {@code uniqueItems}; list-map keys stay as the
 *       {@code x-kubernetes-list-*} annotations (JSON Schema cannot say them), checked by
 *       {@link KubeExtensions};
 *   <li>patterns, which are Go RE2, are kept as the CRD writes them: the validator evaluates them as
 *       RE2 ({@link Re2RegularExpressionFactory}) and exported schemas hand them on to RE2 consumers
 *       as they are;
 *   <li>OpenAPI's boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} become numbers;
 *   <li>the root's {@code metadata}, which the API server checks as an ObjectMeta whatever the CRD
 *       says, is the ObjectMeta schema, with any constraint the CRD adds to name or generateName;
 *       {@code apiVersion} and {@code kind} are fixed to the document's.
 * </ul>
 *
 * CEL rules ({@code x-kubernetes-validations}) are left out: the CEL layer judges them.
 */
public final class StructuralSchemaConverter {
  /** The JSON Schema dialect of the output. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private StructuralSchemaConverter() {}

  /**
   * The JSON Schema of documents of {@code apiVersion} and {@code kind} whose CRD version schema is
   * {@code openApiV3Schema}; {@code title} names it.
   */
  public static ObjectNode convert(JsonNode openApiV3Schema, String apiVersion, String kind, String title) {
    ObjectNode body = convert(openApiV3Schema, false);
    ObjectNode root = NODES.objectNode();
    root.put("$schema", DIALECT);
    root.put("title", title);
    root.setAll(body);
    ObjectNode props = root.withObject("/properties");
    props.set("apiVersion", NODES.objectNode().put("type", "string").put("const", apiVersion));
    props.set("kind", NODES.objectNode().put("type", "string").put("const", kind));
    props.set("metadata", objectMeta(openApiV3Schema.path("properties").path("metadata")));
    ArrayNode required = NODES.arrayNode().add("apiVersion").add("kind").add("metadata");
    for (JsonNode r : root.path("required")) {
      if (!r.asText().equals("apiVersion") && !r.asText().equals("kind") && !r.asText().equals("metadata")) {
        required.add(r);
      }
    }
    root.set("required", required);
    return root;
  }

  private static ObjectNode convert(JsonNode s, boolean valueValidation) {
    ObjectNode out = NODES.objectNode();
    boolean nullable = s.path("nullable").asBoolean(false);
    boolean intOrString = s.path("x-kubernetes-int-or-string").asBoolean(false);
    boolean preserve = s.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    boolean embedded = s.path("x-kubernetes-embedded-resource").asBoolean(false);
    copy(s, out, "description");
    copy(s, out, "title");
    if (intOrString) {
      ArrayNode types = out.putArray("type").add("integer").add("string");
      if (nullable) {
        types.add("null");
      }
    } else if (s.has("type")) {
      if (nullable) {
        out.putArray("type").add(s.get("type").asText()).add("null");
      } else {
        out.put("type", s.get("type").asText());
      }
    }
    if (s.has("format")) {
      out.put("format", s.get("format").asText());
    }
    if (s.has("enum")) {
      ArrayNode e = out.putArray("enum");
      s.get("enum").forEach(v -> e.add(v.deepCopy()));
      if (nullable && !containsNull(e)) {
        e.addNull();
      }
    }
    for (String k : new String[] {"pattern", "minLength", "maxLength", "minItems", "maxItems", "minProperties",
        "maxProperties", "multipleOf", "uniqueItems"}) {
      copy(s, out, k);
    }
    bound(s, out, "minimum", "exclusiveMinimum");
    bound(s, out, "maximum", "exclusiveMaximum");
    if (s.has("default")) {
      out.set("default", s.get("default").deepCopy());
    }
    if (s.has("properties")) {
      ObjectNode props = out.putObject("properties");
      Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        props.set(e.getKey(), convert(e.getValue(), valueValidation));
      }
    }
    if (s.has("required")) {
      out.set("required", s.get("required").deepCopy());
    }
    JsonNode additional = s.get("additionalProperties");
    if (additional != null) {
      out.set("additionalProperties", additional.isObject() ? convert(additional, valueValidation) : additional.deepCopy());
    }
    if (s.has("items")) {
      out.set("items", convert(s.get("items"), valueValidation));
    }
    String listType = s.path("x-kubernetes-list-type").asText("");
    if (listType.equals("set")) {
      out.put("uniqueItems", true);
    }
    for (String k : new String[] {"x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type",
        "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource"}) {
      copy(s, out, k);
    }
    for (String k : new String[] {"allOf", "anyOf", "oneOf"}) {
      if (s.has(k) && !(intOrString && k.equals("anyOf") && onlyIntAndString(s.get(k)))) {
        ArrayNode a = out.putArray(k);
        s.get(k).forEach(sub -> a.add(convert(sub, true)));
      }
    }
    if (s.has("not")) {
      out.set("not", convert(s.get("not"), true));
    }
    if (embedded) {
      ObjectNode props = out.withObject("/properties");
      props.putIfAbsent("apiVersion", NODES.objectNode().put("type", "string"));
      props.putIfAbsent("kind", NODES.objectNode().put("type", "string"));
      props.putIfAbsent("metadata", NODES.objectNode().put("type", "object"));
    }
    boolean isObject = "object".equals(s.path("type").asText());
    if (isObject && !valueValidation && !preserve && additional == null) {
      // Strict field validation rejects what the schema does not declare (the API server would prune it).
      out.put("additionalProperties", false);
    }
    return out;
  }

  private static boolean onlyIntAndString(JsonNode anyOf) {
    for (JsonNode sub : anyOf) {
      String t = sub.path("type").asText("");
      if (sub.size() != 1 || !(t.equals("integer") || t.equals("string"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsNull(ArrayNode a) {
    for (JsonNode v : a) {
      if (v.isNull()) {
        return true;
      }
    }
    return false;
  }

  private static void copy(JsonNode from, ObjectNode to, String key) {
    if (from.has(key)) {
      to.set(key, from.get(key).deepCopy());
    }
  }

  /** OpenAPI 3.0 writes an exclusive bound as a boolean next to the bound; JSON Schema as the number. */
  private static void bound(JsonNode s, ObjectNode out, String inclusive, String exclusive) {
    JsonNode value = s.get(inclusive);
    JsonNode ex = s.get(exclusive);
    if (value != null && ex != null && ex.isBoolean() && ex.booleanValue()) {
      out.set(exclusive, value.deepCopy());
    } else if (value != null) {
      out.set(inclusive, value.deepCopy());
    }
    if (ex != null && ex.isNumber()) {
      out.set(exclusive, ex.deepCopy());
    }
  }

  /**
   * ObjectMeta as a client may write it: the fields of Kubernetes' ObjectMeta, each typed, nothing
   * else (kubectl's strict field validation rejects unknown metadata fields too). Constraints the CRD
   * puts on {@code name} or {@code generateName} are kept.
   */
  private static ObjectNode objectMeta(JsonNode crdMeta) {
    ObjectNode meta = NODES.objectNode().put("type", "object");
    ObjectNode p = meta.putObject("properties");
    for (String k : new String[] {"name", "generateName", "namespace", "selfLink", "uid", "resourceVersion"}) {
      p.set(k, NODES.objectNode().put("type", "string"));
    }
    p.set("generation", NODES.objectNode().put("type", "integer").put("format", "int64"));
    for (String k : new String[] {"creationTimestamp", "deletionTimestamp"}) {
      // Generated manifests often carry creationTimestamp: null, which the API server accepts.
      ObjectNode t = NODES.objectNode().put("format", "date-time");
      t.putArray("type").add("string").add("null");
      p.set(k, t);
    }
    p.set("deletionGracePeriodSeconds", NODES.objectNode().put("type", "integer").put("format", "int64"));
    for (String k : new String[] {"labels", "annotations"}) {
      ObjectNode m = NODES.objectNode().put("type", "object");
      m.set("additionalProperties", NODES.objectNode().put("type", "string"));
      p.set(k, m);
    }
    ObjectNode owner = NODES.objectNode().put("type", "object");
    ObjectNode op = owner.putObject("properties");
    for (String k : new String[] {"apiVersion", "kind", "name", "uid"}) {
      op.set(k, NODES.objectNode().put("type", "string"));
    }
    op.set("controller", NODES.objectNode().put("type", "boolean"));
    op.set("blockOwnerDeletion", NODES.objectNode().put("type", "boolean"));
    owner.putArray("required").add("apiVersion").add("kind").add("name").add("uid");
    owner.put("additionalProperties", false);
    p.set("ownerReferences", NODES.objectNode().put("type", "array").set("items", owner));
    ObjectNode finalizers = NODES.objectNode().put("type", "array");
    finalizers.set("items", NODES.objectNode().put("type", "string"));
    p.set("finalizers", finalizers);
    ObjectNode managed = NODES.objectNode().put("type", "array");
    managed.set("items", NODES.objectNode().put("type", "object"));
    p.set("managedFields", managed);
    for (String k : new String[] {"name", "generateName"}) {
      JsonNode constraint = crdMeta.path("properties").get(k);
      if (constraint != null && constraint.isObject()) {
        p.set(k, convert(constraint, false));
      }
    }
    meta.put("additionalProperties", false);
    return meta;
  }
}
