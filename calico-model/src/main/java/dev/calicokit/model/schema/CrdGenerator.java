package dev.calicokit.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.ObjectMeta;
import dev.calicokit.model.Unstructured;
import dev.calicokit.model.internal.docs.DocComments;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.GoDuration;
import dev.calicokit.model.values.IntOrString;
import dev.calicokit.model.values.IpAddress;
import dev.calicokit.model.values.OpenEnum;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import dev.calicokit.model.values.Quantity;
import dev.calicokit.model.values.Selector;
import dev.calicokit.model.values.StringBoolean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Generates the CustomResourceDefinition of a kind for one API group and release from the model: the
 * schema from the Java types and the facts on their accessors ({@code @Fact}, {@code @Cel},
 * {@code @Present}), the rest of the document from the kind's {@code @CrdDefinition},
 * {@code @PrinterColumn} and {@code @CrdAnnotation}. As upstream generates its CRDs from its Go types.
 */
public final class CrdGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApiGroup group;
  private final CalicoRelease release;

  private CrdGenerator(ApiGroup group, CalicoRelease release) {
    this.group = group;
    this.release = release;
  }

  /** A generator for one group and the newest patch of a minor release. */
  public static CrdGenerator forRelease(ApiGroup group, Release release) {
    return new CrdGenerator(group, release.newestPatch());
  }

  /** A generator for one group and patch release: the CRDs as that patch shipped them. */
  public static CrdGenerator forRelease(ApiGroup group, CalicoRelease release) {
    return new CrdGenerator(group, release);
  }

  /** The CRD document of a kind, or empty when the kind has no CRD in this group and release. */
  public Optional<JsonNode> generate(Class<? extends CalicoResource> kind) {
    if (!SchemaFacts.present(kind, group, release)) {
      return Optional.empty();
    }
    List<CrdDefinition> defs = SchemaFacts.definitions(kind, group, release);
    if (defs.size() != 1) {
      return Optional.empty();
    }
    CrdDefinition d = defs.get(0);
    String groupName = group.group();
    ObjectNode crd = NODES.objectNode();
    crd.put("apiVersion", "apiextensions.k8s.io/v1");
    crd.put("kind", "CustomResourceDefinition");
    ObjectNode meta = crd.putObject("metadata");
    List<CrdAnnotation> annotations = SchemaFacts.crdAnnotations(kind, group, release);
    if (!annotations.isEmpty()) {
      ObjectNode a = meta.putObject("annotations");
      annotations.forEach(x -> a.put(x.key(), x.value()));
    }
    if (d.nullCreationTimestamp()) {
      meta.putNull("creationTimestamp");
    }
    meta.put("name", d.plural() + "." + groupName);
    ObjectNode spec = crd.putObject("spec");
    spec.put("group", groupName);
    ObjectNode names = spec.putObject("names");
    names.put("kind", kindName(kind));
    names.put("listKind", d.listKind());
    names.put("plural", d.plural());
    if (d.shortNames().length > 0) {
      ArrayNode sn = names.putArray("shortNames");
      for (String s : d.shortNames()) {
        sn.add(s);
      }
    }
    names.put("singular", d.singular());
    if (!d.preserveUnknownFields().isEmpty()) {
      spec.put("preserveUnknownFields", Boolean.parseBoolean(d.preserveUnknownFields()));
    }
    spec.put("scope", d.namespaced() ? "Namespaced" : "Cluster");
    ObjectNode version = spec.putArray("versions").addObject();
    List<PrinterColumn> columns = SchemaFacts.printerColumns(kind, group, release);
    if (!columns.isEmpty()) {
      ArrayNode cols = version.putArray("additionalPrinterColumns");
      for (PrinterColumn c : columns) {
        ObjectNode col = cols.addObject();
        if (!c.description().isEmpty()) {
          col.put("description", c.description());
        }
        col.put("jsonPath", c.jsonPath());
        col.put("name", c.name());
        col.put("type", c.type());
      }
    }
    version.put("name", d.version());
    version.putObject("schema").set("openAPIV3Schema", rootSchema(kind));
    if (d.selectableFields().length > 0) {
      ArrayNode sf = version.putArray("selectableFields");
      for (String f : d.selectableFields()) {
        sf.addObject().put("jsonPath", f);
      }
    }
    version.put("served", d.served());
    version.put("storage", d.storage());
    if (d.statusSubresource()) {
      version.putObject("subresources").putObject("status");
    } else if (d.emptySubresources()) {
      version.putObject("subresources");
    }
    if (!d.statusBlock().isEmpty()) {
      ObjectNode status = crd.putObject("status");
      ObjectNode accepted = status.putObject("acceptedNames");
      accepted.put("kind", "");
      accepted.put("plural", "");
      if (d.statusBlock().equals("nulls")) {
        status.putNull("conditions");
        status.putNull("storedVersions");
      } else {
        status.putArray("conditions");
        status.putArray("storedVersions");
      }
    }
    return Optional.of(crd);
  }

  private String kindName(Class<?> kind) {
    try {
      String k = (String) kind.getField("KIND").get(null);
      if (group == ApiGroup.CRD_V1) {
        try {
          return (String) kind.getField("CRD_KIND").get(null);
        } catch (NoSuchFieldException e) {
          return k;
        }
      }
      return k;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode rootSchema(Class<?> kind) {
    ObjectNode s = objectSchema(kind);
    DocComments.of(kind).ifPresent(d -> s.put("description", d));
    // The Java API derives these two from the type, so its Javadoc does not describe them as fields.
    JsonNode props = s.path("properties");
    if (props.path("apiVersion").isObject()) {
      ((ObjectNode) props.get("apiVersion")).put("description",
          "API group and version of the resource; clients may convert other versions to this one.");
    }
    if (props.path("kind").isObject()) {
      ((ObjectNode) props.get("kind")).put("description",
          "Kind of the resource: " + kindName(kind) + ". Set by clients; cannot be changed.");
    }
    applyFacts(s, kind, SchemaNode.PROPERTY);
    return sortedKeys(s);
  }

  /** Schema keywords in alphabetical order, as upstream's generator writes them. */
  private static ObjectNode sortedKeys(ObjectNode s) {
    ObjectNode out = NODES.objectNode();
    TreeMap<String, JsonNode> sorted = new TreeMap<>();
    s.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
    sorted.forEach((k, v) -> out.set(k, sortedKeys(v)));
    return out;
  }

  private static JsonNode sortedKeys(JsonNode n) {
    if (n.isObject()) {
      return sortedKeys((ObjectNode) n);
    }
    if (n.isArray()) {
      ArrayNode a = NODES.arrayNode();
      n.forEach(x -> a.add(sortedKeys(x)));
      return a;
    }
    return n;
  }

  /** The schema of a model type: its properties present here, and the required ones. */
  private ObjectNode objectSchema(Class<?> type) {
    ObjectNode s = NODES.objectNode();
    TreeMap<String, JsonNode> props = new TreeMap<>();
    List<String> required = new ArrayList<>();
    for (ModelProperties.Property p : ModelProperties.of(type)) {
      Method m = p.accessor();
      if (!SchemaFacts.present(m, group, release)) {
        continue;
      }
      props.put(p.jsonName(), propertySchema(m, type));
      if (SchemaFacts.facts(m, SchemaNode.PROPERTY, group, release).stream().anyMatch(f -> f.kind() == FactKind.REQUIRED)) {
        required.add(p.jsonName());
      }
    }
    if (!props.isEmpty()) {
      ObjectNode ps = s.putObject("properties");
      props.forEach(ps::set);
    }
    if (!required.isEmpty()) {
      ArrayNode r = s.putArray("required");
      required.stream().sorted().forEach(r::add);
    }
    s.put("type", "object");
    return s;
  }

  private JsonNode propertySchema(Method m, Class<?> owner) {
    Type t = m.getGenericReturnType();
    Type inner = unwrap(t, Optional.class);
    ObjectNode s;
    if (raw(inner) == List.class) {
      s = NODES.objectNode();
      Type element = ((ParameterizedType) inner).getActualTypeArguments()[0];
      ObjectNode items = leafOrObject((Class<?>) raw(element));
      typeDoc(items, (Class<?>) raw(element), m);
      applyFacts(items, m, SchemaNode.ITEMS);
      s.set("items", items);
      s.put("type", "array");
    } else if (raw(inner) == Map.class) {
      s = NODES.objectNode();
      Type value = ((ParameterizedType) inner).getActualTypeArguments()[1];
      ObjectNode values = leafOrObject((Class<?>) raw(value));
      typeDoc(values, (Class<?>) raw(value), m);
      applyFacts(values, m, SchemaNode.VALUES);
      s.set("additionalProperties", values);
      s.put("type", "object");
    } else if (m.getName().equals("metadata") && CalicoResource.class.isAssignableFrom(owner)) {
      s = NODES.objectNode();
      s.put("type", "object");
    } else {
      s = leafOrObject((Class<?>) raw(inner));
    }
    ObjectNode described = s;
    DocComments.of(m).ifPresent(d -> described.put("description", d));
    applyFacts(s, m, SchemaNode.PROPERTY);
    completeIntOrString(s, (Class<?>) raw(inner));
    if (s.has("items")) {
      Type element = ((ParameterizedType) inner).getActualTypeArguments()[0];
      completeIntOrString((ObjectNode) s.get("items"), (Class<?>) raw(element));
    }
    return s;
  }

  /** Items and map values carry their type's own description, else the field's. */
  private static void typeDoc(ObjectNode s, Class<?> type, Method field) {
    DocComments.of(type).or(() -> DocComments.of(field)).ifPresent(d -> s.put("description", d));
  }

  /**
   * A value that may be a number or a string is {@code anyOf: [integer, string]} with the
   * int-or-string marker where the CRD says so, and a plain string otherwise.
   */
  private static void completeIntOrString(ObjectNode s, Class<?> c) {
    if (!(c == IntOrString.class || c == Port.class || c == Protocol.class || c == Quantity.class)) {
      return;
    }
    if (s.path("x-kubernetes-int-or-string").asBoolean(false)) {
      if (!s.has("anyOf") && !s.has("type")) {
        ArrayNode any = s.putArray("anyOf");
        any.addObject().put("type", "integer");
        any.addObject().put("type", "string");
      }
    } else if (!s.has("type")) {
      s.put("type", "string");
    }
  }

  private ObjectNode leafOrObject(Class<?> c) {
    ObjectNode s = NODES.objectNode();
    if (c == IntOrString.class || c == Port.class || c == Protocol.class || c == Quantity.class) {
      return s; // int-or-string or a plain type, as the facts say: see completeIntOrString
    }
    if (c == StringBoolean.class) {
      return s; // the type is stated by facts per group
    }
    if (c == ObjectMeta.class || c == Unstructured.class) {
      s.put("type", "object");
      return s;
    }
    if (c == String.class || c == Cidr.class || c == IpAddress.class || c == GoDuration.class || c == Selector.class
        || OpenEnum.class.isAssignableFrom(c)) {
      s.put("type", "string");
      return s;
    }
    if (c == Integer.class || c == Long.class) {
      s.put("type", "integer");
      return s;
    }
    if (c == BigDecimal.class) {
      s.put("type", "number");
      return s;
    }
    if (c == Boolean.class) {
      s.put("type", "boolean");
      return s;
    }
    if (ModelProperties.isModelType(c)) {
      return objectSchema(c);
    }
    throw new IllegalStateException("no schema for " + c);
  }

  /** Adds the facts and CEL rules that hold here to a schema node. */
  private void applyFacts(ObjectNode s, AnnotatedElement e, SchemaNode node) {
    for (Fact f : SchemaFacts.facts(e, node, group, release)) {
      String[] v = f.value();
      switch (f.kind()) {
        case REQUIRED:
          break; // on the parent's list
        case TYPE:
          s.put("type", v[0]);
          break;
        case ENUM: {
          ArrayNode a = s.putArray("enum");
          for (String x : v) {
            a.add(enumValue(x, s));
          }
          break;
        }
        case LIST_MAP_KEYS: {
          ArrayNode a = s.putArray(f.kind().keyword());
          for (String x : v) {
            a.add(x);
          }
          break;
        }
        case DEFAULT:
        case ALL_OF:
        case ANY_OF:
          s.set(f.kind().keyword(), json(v[0]));
          break;
        case MINIMUM:
        case MAXIMUM:
        case EXCLUSIVE_MINIMUM:
        case EXCLUSIVE_MAXIMUM:
        case MIN_LENGTH:
        case MAX_LENGTH:
        case MIN_ITEMS:
        case MAX_ITEMS:
        case MIN_PROPERTIES:
        case MAX_PROPERTIES:
          s.set(f.kind().keyword(), number(v[0]));
          break;
        case NULLABLE:
        case INT_OR_STRING:
        case PRESERVE_UNKNOWN_FIELDS:
        case EMBEDDED_RESOURCE:
          s.put(f.kind().keyword(), v.length == 0 || Boolean.parseBoolean(v[0]));
          break;
        default:
          s.put(f.kind().keyword(), v[0]);
      }
    }
    List<Cel> rules = SchemaFacts.rules(e, node, group, release);
    if (!rules.isEmpty()) {
      ArrayNode a = s.putArray("x-kubernetes-validations");
      for (Cel c : rules) {
        ObjectNode r = a.addObject();
        if (!c.fieldPath().isEmpty()) {
          r.put("fieldPath", c.fieldPath());
        }
        r.put("message", c.message());
        if (!c.messageExpression().isEmpty()) {
          r.put("messageExpression", c.messageExpression());
        }
        if (c.optionalOldSelf()) {
          r.put("optionalOldSelf", true);
        }
        if (!c.reason().isEmpty()) {
          r.put("reason", c.reason());
        }
        r.put("rule", c.rule());
      }
    }
  }

  /** Enum values keep the schema's type: numbers for integer enums. */
  private static JsonNode enumValue(String x, ObjectNode s) {
    if ("integer".equals(s.path("type").asText()) && x.matches("-?[0-9]+")) {
      return NODES.numberNode(Long.parseLong(x));
    }
    return NODES.textNode(x);
  }

  private static JsonNode number(String x) {
    BigDecimal b = new BigDecimal(x);
    return b.scale() <= 0 ? NODES.numberNode(b.longValueExact()) : NODES.numberNode(b);
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Type unwrap(Type t, Class<?> container) {
    if (t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == container) {
      return ((ParameterizedType) t).getActualTypeArguments()[0];
    }
    return t;
  }

  private static Type raw(Type t) {
    return t instanceof ParameterizedType ? ((ParameterizedType) t).getRawType() : t;
  }
}
