package dev.calicokit.model.internal;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrArray;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrBool;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrStringArray;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.type.CollectionType;

/**
 * Faster stand-ins for fabric8's deserializers of the "schema or something else" wrappers in CRD
 * schemas. fabric8's own go through its fluent builders, which deep-copy every nested schema, so
 * reading a CRD costs time that grows much faster than its size; these build the same objects
 * directly. Registered as Jackson mix-ins on {@link Jackson3#mapper()}; serialization is fabric8's.
 */
final class Fabric8SchemaDeserializers {
  private Fabric8SchemaDeserializers() {}

  /** {@code items}: one schema, or a list of schemas. */
  static final class OrArray extends ValueDeserializer<JSONSchemaPropsOrArray> {
    @Override
    public JSONSchemaPropsOrArray deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.isExpectedStartArrayToken()) {
        CollectionType t = ctxt.getTypeFactory().constructCollectionType(List.class, JSONSchemaProps.class);
        List<JSONSchemaProps> list = ctxt.readValue(p, t);
        return new JSONSchemaPropsOrArray(list, null);
      }
      return new JSONSchemaPropsOrArray(new ArrayList<>(), ctxt.readValue(p, JSONSchemaProps.class));
    }
  }

  /** {@code additionalProperties} and {@code additionalItems}: a schema (allowing) or a boolean. */
  static final class OrBool extends ValueDeserializer<JSONSchemaPropsOrBool> {
    @Override
    public JSONSchemaPropsOrBool deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.isExpectedStartObjectToken()) {
        return new JSONSchemaPropsOrBool(Boolean.TRUE, ctxt.readValue(p, JSONSchemaProps.class));
      }
      return new JSONSchemaPropsOrBool(p.getBooleanValue(), null);
    }
  }

  /** {@code dependencies} values: a schema, or a list of property names. */
  static final class OrStringArray extends ValueDeserializer<JSONSchemaPropsOrStringArray> {
    @Override
    public JSONSchemaPropsOrStringArray deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.isExpectedStartArrayToken()) {
        CollectionType t = ctxt.getTypeFactory().constructCollectionType(List.class, String.class);
        List<String> list = ctxt.readValue(p, t);
        return new JSONSchemaPropsOrStringArray(list, null);
      }
      return new JSONSchemaPropsOrStringArray(new ArrayList<>(), ctxt.readValue(p, JSONSchemaProps.class));
    }
  }

  @JsonDeserialize(using = OrArray.class)
  abstract static class OrArrayMixin {}

  @JsonDeserialize(using = OrBool.class)
  abstract static class OrBoolMixin {}

  @JsonDeserialize(using = OrStringArray.class)
  abstract static class OrStringArrayMixin {}
}
