package dev.calicokit.schemas.internal.cel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A CRD's openAPIV3Schema reduced to what CEL evaluation needs: the shape of each node (to bind values
 * and prune unknown fields as the API server does), its defaults, and its compiled rules. Built once per
 * release, API group and kind.
 */
public final class CelSchema {
  final String type;
  final boolean intOrString;
  final boolean preserveUnknownFields;
  final boolean nullable;
  final JsonNode defaultValue;
  final Map<String, CelSchema> properties; // null when the node declares none
  final CelSchema items;
  final CelSchema additionalProperties;
  final List<CelCheck> checks;
  final boolean checksBelow; // rules on this node or under it
  /** The list's {@code x-kubernetes-list-map-keys} where it is a {@code map} list (items correlate by them on update), else empty. */
  final List<String> listMapKeys;

  private CelSchema(JsonNode s, String path, Function<String, CelEnvironment.Compiled> compiler) {
    this.type = s.path("type").asText("");
    this.intOrString = s.path("x-kubernetes-int-or-string").asBoolean(false);
    this.preserveUnknownFields = s.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
        || s.path("additionalProperties").asBoolean(false);
    this.nullable = s.path("nullable").asBoolean(false);
    List<String> keys = new ArrayList<>();
    if ("map".equals(s.path("x-kubernetes-list-type").asText())) {
      s.path("x-kubernetes-list-map-keys").forEach(k -> keys.add(k.asText()));
    }
    this.listMapKeys = List.copyOf(keys);
    this.defaultValue = s.has("default") ? s.get("default") : null;
    boolean below = false;
    if (s.path("properties").isObject()) {
      Map<String, CelSchema> props = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : s.get("properties").properties()) {
        CelSchema child = new CelSchema(e.getValue(), path + "/" + e.getKey(), compiler);
        props.put(e.getKey(), child);
        below |= child.checksBelow;
      }
      this.properties = Collections.unmodifiableMap(props);
    } else {
      this.properties = null;
    }
    this.items = s.path("items").isObject() ? new CelSchema(s.get("items"), path + "/*", compiler) : null;
    this.additionalProperties = s.path("additionalProperties").isObject()
        ? new CelSchema(s.get("additionalProperties"), path + "/{}", compiler) : null;
    below |= items != null && items.checksBelow;
    below |= additionalProperties != null && additionalProperties.checksBelow;
    List<CelCheck> found = new ArrayList<>();
    for (JsonNode v : s.path("x-kubernetes-validations")) {
      String rule = v.path("rule").asText("");
      String messageExpression = v.path("messageExpression").asText("");
      found.add(new CelCheck(path, rule, compiler.apply(rule), v.path("message").asText(""),
          messageExpression.isEmpty() ? null : compiler.apply(messageExpression),
          FieldPaths.tokens(v.path("fieldPath").asText(""))));
    }
    this.checks = List.copyOf(found);
    this.checksBelow = below || !checks.isEmpty();
  }

  /**
   * The schema of a CRD document's only version, its rules compiled by {@code compiler} (which should
   * cache: the same rule sits on many nodes).
   */
  public static CelSchema of(JsonNode crd, Function<String, CelEnvironment.Compiled> compiler) {
    JsonNode schema = crd.path("spec").path("versions").path(0).path("schema").path("openAPIV3Schema");
    return new CelSchema(schema, "", compiler);
  }

  /** Every rule of the schema, in schema order (parents before children). */
  public List<CelCheck> allChecks() {
    List<CelCheck> out = new ArrayList<>();
    collect(out);
    return out;
  }

  private void collect(List<CelCheck> out) {
    out.addAll(checks);
    if (properties != null) {
      properties.values().forEach(p -> p.collect(out));
    }
    if (items != null) {
      items.collect(out);
    }
    if (additionalProperties != null) {
      additionalProperties.collect(out);
    }
  }
}
