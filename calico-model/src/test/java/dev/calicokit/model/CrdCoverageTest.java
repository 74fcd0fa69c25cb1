package dev.calicokit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.calicokit.model.schema.ModelProperties;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.schema.Cel;
import dev.calicokit.model.schema.CrdAnnotation;
import dev.calicokit.model.schema.CrdDefinition;
import dev.calicokit.model.schema.PrinterColumn;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.SchemaFacts;
import dev.calicokit.model.schema.SchemaNode;
import dev.calicokit.model.testing.ReferenceData;
import dev.calicokit.model.testing.ReferenceData.Crd;
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
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks every property path of every reference CRD (every release, every group) and checks that the
 * model has a typed accessor whose Java type fits the CRD type, and that it carries every fact of that
 * path (type where the Java type leaves it open, format, enum, pattern, bounds, default, required,
 * nullability, Kubernetes extensions, CEL rules) for that release and group, and nothing more.
 */
class CrdCoverageTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, FactKind> KEYWORDS = new LinkedHashMap<>();

  static {
    for (FactKind k : FactKind.values()) {
      if (k != FactKind.REQUIRED) {
        KEYWORDS.put(k.keyword(), k);
      }
    }
  }

  private final List<String> problems = new ArrayList<>();
  private final Set<String> distinctPaths = new TreeSet<>();
  private int pathsChecked;
  private int factsChecked;

  @Test
  void everyPropertyAndFactOfEveryReferenceCrdIsCovered() {
    // Release by release, every patch: the facts are scoped by patch where two patches of a minor differ.
    int crdCount = 0;
    for (java.nio.file.Path dir : ReferenceData.releaseDirs()) {
    List<Crd> crds = ReferenceData.crdsOf(List.of(dir));
    crdCount += crds.size();
    for (Crd crd : crds) {
      Optional<Class<? extends CalicoResource>> type = Kinds.forType(crd.apiVersion, crd.kind);
      if (type.isEmpty()) {
        problems.add(crd + ": no model kind");
        continue;
      }
      if (!SchemaFacts.present(type.get(), crd.group, crd.calicoRelease)) {
        problems.add(crd + ": kind " + type.get().getSimpleName() + " says it does not exist here");
      }
      checkKindLevel(crd, type.get());
      JsonNode root = crd.schema();
      checkFacts(crd, "", type.get(), SchemaNode.PROPERTY, root, false, true);
      checkObject(crd, "", type.get(), root);
    }
    }
    assertTrue(crdCount >= 1000, "expected the reference CRDs of every release, found " + crdCount);
    System.out.printf("CRD coverage: %d CRD versions, %d property paths checked (%d distinct kind/group/path),"
        + " %d facts checked, %d problems%n", crdCount, pathsChecked, distinctPaths.size(), factsChecked, problems.size());
    problems.stream().limit(200).forEach(p -> System.out.println("  " + p));
    assertEquals(List.of(), problems.subList(0, Math.min(50, problems.size())), problems.size() + " problems");
  }

  /** Names, scope, version flags, printer columns and document annotations of the kind's CRD. */
  private void checkKindLevel(Crd crd, Class<?> kind) {
    List<CrdDefinition> defs = SchemaFacts.definitions(kind, crd.group, crd.calicoRelease);
    if (defs.size() != 1) {
      problems.add(crd + ": " + defs.size() + " CRD declarations in the model");
      return;
    }
    CrdDefinition d = defs.get(0);
    JsonNode doc = crd.document;
    JsonNode names = doc.path("spec").path("names");
    Map<String, Object> expected = new LinkedHashMap<>();
    Map<String, Object> actual = new LinkedHashMap<>();
    expected.put("plural", names.path("plural").asText());
    actual.put("plural", d.plural());
    expected.put("singular", names.path("singular").asText());
    actual.put("singular", d.singular());
    expected.put("listKind", names.path("listKind").asText());
    actual.put("listKind", d.listKind());
    List<String> shortNames = new ArrayList<>();
    names.path("shortNames").forEach(n -> shortNames.add(n.asText()));
    expected.put("shortNames", shortNames);
    actual.put("shortNames", List.of(d.shortNames()));
    expected.put("namespaced", "Namespaced".equals(doc.path("spec").path("scope").asText()));
    actual.put("namespaced", d.namespaced());
    JsonNode v = crd.version;
    expected.put("version", v.path("name").asText());
    actual.put("version", d.version());
    expected.put("served", v.path("served").asBoolean(true));
    actual.put("served", d.served());
    expected.put("storage", v.path("storage").asBoolean(true));
    actual.put("storage", d.storage());
    expected.put("statusSubresource", v.path("subresources").has("status"));
    actual.put("statusSubresource", d.statusSubresource());
    expected.put("emptySubresources", v.has("subresources") && v.path("subresources").isEmpty());
    actual.put("emptySubresources", d.emptySubresources());
    List<String> selectable = new ArrayList<>();
    v.path("selectableFields").forEach(f -> selectable.add(f.path("jsonPath").asText()));
    expected.put("selectableFields", selectable);
    actual.put("selectableFields", List.of(d.selectableFields()));
    JsonNode puf = doc.path("spec").path("preserveUnknownFields");
    expected.put("preserveUnknownFields", puf.isMissingNode() ? "" : puf.asText());
    actual.put("preserveUnknownFields", d.preserveUnknownFields());
    JsonNode status = doc.path("status");
    expected.put("statusBlock", status.isMissingNode() ? "" : status.path("conditions").isNull() ? "nulls" : "empty-lists");
    actual.put("statusBlock", d.statusBlock());
    JsonNode meta = doc.path("metadata");
    expected.put("nullCreationTimestamp", meta.has("creationTimestamp") && meta.path("creationTimestamp").isNull());
    actual.put("nullCreationTimestamp", d.nullCreationTimestamp());
    factsChecked += expected.size();
    if (!expected.equals(actual)) {
      problems.add(crd + ": CRD declaration differs: " + expected + " vs " + actual);
    }
    List<String> columns = new ArrayList<>();
    v.path("additionalPrinterColumns").forEach(c ->
        columns.add(c.path("name").asText() + "|" + c.path("type").asText() + "|" + c.path("jsonPath").asText()));
    List<String> modelColumns = new ArrayList<>();
    for (PrinterColumn c : SchemaFacts.printerColumns(kind, crd.group, crd.calicoRelease)) {
      modelColumns.add(c.name() + "|" + c.type() + "|" + c.jsonPath());
    }
    factsChecked += columns.size();
    if (!columns.equals(modelColumns)) {
      problems.add(crd + ": printer columns " + columns + " vs " + modelColumns);
    }
    Map<String, String> annotations = new LinkedHashMap<>();
    meta.path("annotations").fields().forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
    Map<String, String> modelAnnotations = new LinkedHashMap<>();
    for (CrdAnnotation a : SchemaFacts.crdAnnotations(kind, crd.group, crd.calicoRelease)) {
      modelAnnotations.put(a.key(), a.value());
    }
    factsChecked += annotations.size();
    if (!annotations.equals(modelAnnotations)) {
      problems.add(crd + ": CRD annotations " + annotations + " vs " + modelAnnotations);
    }
  }

  private void checkObject(Crd crd, String path, Class<?> type, JsonNode schema) {
    JsonNode props = schema.path("properties");
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    Map<String, ModelProperties.Property> byName = new LinkedHashMap<>();
    for (ModelProperties.Property p : ModelProperties.of(type)) {
      byName.put(p.jsonName(), p);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = path + "/" + e.getKey();
      pathsChecked++;
      distinctPaths.add(crd.kind + " " + crd.group + " " + at);
      ModelProperties.Property p = byName.remove(e.getKey());
      if (p == null) {
        problems.add(crd + " " + at + ": no accessor on " + type.getSimpleName());
        continue;
      }
      Method m = p.accessor();
      if (!SchemaFacts.present(m, crd.group, crd.calicoRelease)) {
        problems.add(crd + " " + at + ": model says the property does not exist here");
      }
      JsonNode s = e.getValue();
      checkProperty(crd, at, m, s, required.contains(e.getKey()));
    }
    for (ModelProperties.Property extra : byName.values()) {
      if (SchemaFacts.present(extra.accessor(), crd.group, crd.calicoRelease) && !isKindHeader(type, extra.jsonName())) {
        problems.add(crd + " " + path + "/" + extra.jsonName() + ": model says it exists, the CRD has no such property");
      }
    }
  }

  private static boolean isKindHeader(Class<?> type, String name) {
    return CalicoResource.class.isAssignableFrom(type) && List.of("apiVersion", "kind", "metadata").contains(name);
  }

  private void checkProperty(Crd crd, String at, Method m, JsonNode s, boolean required) {
    Type t = m.getGenericReturnType();
    Type inner = unwrap(t, Optional.class);
    Type element = unwrap(inner, List.class);
    Type value = mapValue(inner);
    String crdType = s.path("type").asText(null);
    boolean intOrString = s.path("x-kubernetes-int-or-string").asBoolean(false);
    if (element != inner) {
      if (!"array".equals(crdType)) {
        problems.add(crd + " " + at + ": Java list, CRD type " + crdType);
        return;
      }
      checkFacts(crd, at, m, SchemaNode.PROPERTY, s, required, false);
      JsonNode items = s.path("items");
      checkLeafOrObject(crd, at + "/*", m, SchemaNode.ITEMS, (Class<?>) raw(element), items);
      return;
    }
    if (value != null) {
      if (!"object".equals(crdType) || !s.has("additionalProperties")) {
        problems.add(crd + " " + at + ": Java map, CRD has no additionalProperties");
        return;
      }
      checkFacts(crd, at, m, SchemaNode.PROPERTY, s, required, false);
      checkLeafOrObject(crd, at + "/{}", m, SchemaNode.VALUES, (Class<?>) raw(value), s.path("additionalProperties"));
      return;
    }
    if (s.has("additionalProperties") && s.path("properties").isEmpty()) {
      problems.add(crd + " " + at + ": CRD declares a map, Java type " + inner.getTypeName());
    }
    checkFacts(crd, at, m, SchemaNode.PROPERTY, s, required, false);
    Class<?> c = (Class<?>) raw(inner);
    if (s.has("properties")) {
      if (!ModelProperties.isModelType(c)) {
        problems.add(crd + " " + at + ": CRD object with properties, Java type " + c.getSimpleName());
      } else if (c != ObjectMeta.class) {
        checkObject(crd, at, c, s);
      }
    } else {
      String fit = fits(c, crdType, intOrString, s);
      if (fit != null) {
        problems.add(crd + " " + at + ": " + fit);
      }
    }
  }

  private void checkLeafOrObject(Crd crd, String at, Method m, SchemaNode node, Class<?> c, JsonNode s) {
    checkFacts(crd, at, m, node, s, false, false);
    if (s.has("properties")) {
      if (!ModelProperties.isModelType(c)) {
        problems.add(crd + " " + at + ": CRD object with properties, Java element type " + c.getSimpleName());
      } else {
        checkObject(crd, at, c, s);
      }
      return;
    }
    String fit = fits(c, s.path("type").asText(null), s.path("x-kubernetes-int-or-string").asBoolean(false), s);
    if (fit != null) {
      problems.add(crd + " " + at + ": " + fit);
    }
  }

  /** Null when a Java leaf type can hold every value of the CRD type, else what is wrong. */
  private static String fits(Class<?> c, String crdType, boolean intOrString, JsonNode s) {
    if (intOrString) {
      return c == IntOrString.class || c == Port.class || c == Protocol.class || c == Quantity.class
          ? null : "int-or-string held by " + c.getSimpleName();
    }
    if (crdType == null) {
      return c == Unstructured.class ? null : "untyped CRD node held by " + c.getSimpleName();
    }
    switch (crdType) {
      case "string":
        return c == String.class || c == Cidr.class || c == IpAddress.class || c == GoDuration.class
            || c == Selector.class || c == StringBoolean.class || c == Protocol.class || OpenEnum.class.isAssignableFrom(c)
            ? null : "string held by " + c.getSimpleName();
      case "integer":
        if (c == Long.class) {
          return null;
        }
        return c == Integer.class && "int32".equals(s.path("format").asText()) ? null : "integer held by " + c.getSimpleName();
      case "number":
        return c == BigDecimal.class ? null : "number held by " + c.getSimpleName();
      case "boolean":
        return c == Boolean.class || c == StringBoolean.class ? null : "boolean held by " + c.getSimpleName();
      case "object":
        boolean free = s.path("x-kubernetes-preserve-unknown-fields").asBoolean(false) || !s.has("properties");
        return c == Unstructured.class && free || c == ObjectMeta.class ? null : "object held by " + c.getSimpleName();
      default:
        return crdType + " held by " + c.getSimpleName();
    }
  }

  /** Compares the facts the CRD states on one schema node with those the model carries there. */
  private void checkFacts(Crd crd, String at, java.lang.reflect.AnnotatedElement e, SchemaNode node, JsonNode s,
      boolean required, boolean root) {
    Map<FactKind, JsonNode> expected = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      FactKind k = KEYWORDS.get(f.getKey());
      if (k == null) {
        continue;
      }
      if (k == FactKind.ANY_OF && s.path("x-kubernetes-int-or-string").asBoolean(false)
          && f.getValue().toString().equals("[{\"type\":\"integer\"},{\"type\":\"string\"}]")) {
        continue;
      }
      expected.put(k, f.getValue());
    }
    if (required) {
      expected.put(FactKind.REQUIRED, JSON.getNodeFactory().booleanNode(true));
    }
    Map<FactKind, JsonNode> actual = new LinkedHashMap<>();
    for (Fact f : SchemaFacts.facts(e, node, crd.group, crd.calicoRelease)) {
      if (actual.containsKey(f.kind())) {
        problems.add(crd + " " + at + ": model states " + f.kind() + " twice");
      }
      actual.put(f.kind(), valueOf(f));
    }
    boolean typeStated = actual.containsKey(FactKind.TYPE);
    if (!typeStated || root) {
      expected.remove(FactKind.TYPE); // implied by the Java type, checked by fits()
    }
    for (Map.Entry<FactKind, JsonNode> x : expected.entrySet()) {
      factsChecked++;
      JsonNode have = actual.remove(x.getKey());
      if (have == null) {
        problems.add(crd + " " + at + (node == SchemaNode.PROPERTY ? "" : " " + node) + ": model lacks " + x.getKey() + " " + x.getValue());
      } else if (!same(x.getKey(), x.getValue(), have)) {
        problems.add(crd + " " + at + (node == SchemaNode.PROPERTY ? "" : " " + node) + ": " + x.getKey() + " is " + x.getValue() + " in the CRD, " + have + " in the model");
      }
    }
    for (Map.Entry<FactKind, JsonNode> x : actual.entrySet()) {
      problems.add(crd + " " + at + (node == SchemaNode.PROPERTY ? "" : " " + node) + ": model states " + x.getKey() + " " + x.getValue() + ", the CRD does not");
    }
    // CEL rules, in order; messages are ours and not compared.
    JsonNode rules = s.path("x-kubernetes-validations");
    List<Cel> cels = SchemaFacts.rules(e, node, crd.group, crd.calicoRelease);
    factsChecked += rules.size();
    if (rules.size() != cels.size()) {
      problems.add(crd + " " + at + ": " + rules.size() + " CEL rules in the CRD, " + cels.size() + " in the model");
      return;
    }
    for (int i = 0; i < cels.size(); i++) {
      JsonNode r = rules.get(i);
      Cel c = cels.get(i);
      if (!r.path("rule").asText().equals(c.rule())
          || !r.path("fieldPath").asText("").equals(c.fieldPath())
          || !r.path("reason").asText("").equals(c.reason())
          || !r.path("messageExpression").asText("").equals(c.messageExpression())
          || r.path("optionalOldSelf").asBoolean(false) != c.optionalOldSelf()) {
        problems.add(crd + " " + at + ": CEL rule " + i + " differs: " + r.path("rule").asText() + " vs " + c.rule());
      }
      if (c.message().isBlank()) {
        problems.add(crd + " " + at + ": CEL rule " + i + " has no message");
      }
    }
  }

  private static JsonNode valueOf(Fact f) {
    String[] v = f.value();
    try {
      switch (f.kind()) {
        case ENUM:
        case LIST_MAP_KEYS:
          ArrayNode a = JSON.createArrayNode();
          for (String x : v) {
            a.add(x);
          }
          return a;
        case DEFAULT:
        case ALL_OF:
        case ANY_OF:
          return JSON.readTree(v[0]);
        case REQUIRED:
          return JSON.getNodeFactory().booleanNode(true);
        default:
          if (v.length == 0) {
            return JSON.getNodeFactory().booleanNode(true);
          }
          return JSON.getNodeFactory().textNode(v[0]);
      }
    } catch (java.io.IOException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static boolean same(FactKind k, JsonNode crd, JsonNode model) {
    if (k == FactKind.ENUM || k == FactKind.LIST_MAP_KEYS) {
      if (crd.size() != model.size()) {
        return false;
      }
      for (int i = 0; i < crd.size(); i++) {
        if (!crd.get(i).asText().equals(model.get(i).asText())) {
          return false;
        }
      }
      return true;
    }
    if (crd.isNumber() && model.isNumber()) {
      return crd.decimalValue().compareTo(model.decimalValue()) == 0;
    }
    if (crd.isNumber()) {
      return model.isTextual() && new BigDecimal(model.asText()).compareTo(crd.decimalValue()) == 0;
    }
    if (crd.isBoolean() && model.isTextual()) {
      return crd.asText().equals(model.asText());
    }
    if (crd.isTextual() && model.isTextual()) {
      return crd.asText().equals(model.asText());
    }
    return numericEquals(crd, model);
  }

  private static boolean numericEquals(JsonNode a, JsonNode b) {
    return a.equals((x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue()) : x.equals(y) ? 0 : 1, b);
  }

  private static Type unwrap(Type t, Class<?> container) {
    if (t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == container) {
      return ((ParameterizedType) t).getActualTypeArguments()[0];
    }
    return t;
  }

  private static Type mapValue(Type t) {
    if (t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == Map.class) {
      return ((ParameterizedType) t).getActualTypeArguments()[1];
    }
    return null;
  }

  private static Type raw(Type t) {
    return t instanceof ParameterizedType ? ((ParameterizedType) t).getRawType() : t;
  }
}
