package dev.calicokit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * fabric8 8.0 binds its model classes with Jackson 3 ({@code tools.jackson}); the rest of the library
 * speaks Jackson 2. This class holds the Jackson 3 mapper for fabric8 objects and converts trees
 * between the two generations by walking them (no text is produced or parsed in between).
 */
public final class Jackson3 {
  private static final JsonNodeFactory NODES2 = JsonNodeFactory.withExactBigDecimals(true);

  /**
   * Jackson 3 objects, made on first use and only after {@link ClassPathCheck} has passed: where Jackson
   * 3 or fabric8 8 is missing, the user reads its message instead of a class initialization error.
   */
  private static final class Jackson3Objects {
    static final ObjectMapper MAPPER = JsonMapper.builderWithJackson2Defaults()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .addMixIn(io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrArray.class,
            Fabric8SchemaDeserializers.OrArrayMixin.class)
        .addMixIn(io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrBool.class,
            Fabric8SchemaDeserializers.OrBoolMixin.class)
        .addMixIn(io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrStringArray.class,
            Fabric8SchemaDeserializers.OrStringArrayMixin.class)
        // Kubernetes decodes JSON into its Go types without coercion: a boolean or a number where a
        // string goes (ConfigMap data "a: yes"), or a string where a number goes, is refused. Jackson
        // would quietly turn one into the other, and fmt would write a value Kubernetes never read.
        .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .build();
    static final tools.jackson.databind.node.JsonNodeFactory NODES3 =
        tools.jackson.databind.node.JsonNodeFactory.instance;
  }

  private Jackson3() {}

  /** The Jackson 3 mapper that binds fabric8 model classes. */
  public static ObjectMapper mapper() {
    ClassPathCheck.require();
    return Jackson3Objects.MAPPER;
  }

  /** A Jackson 3 copy of a Jackson 2 tree. */
  public static tools.jackson.databind.JsonNode toJackson3(JsonNode n) {
    ClassPathCheck.require();
    return copyToJackson3(n);
  }

  private static tools.jackson.databind.JsonNode copyToJackson3(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return Jackson3Objects.NODES3.nullNode();
    }
    if (n.isObject()) {
      tools.jackson.databind.node.ObjectNode o = Jackson3Objects.NODES3.objectNode();
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        o.set(e.getKey(), copyToJackson3(e.getValue()));
      }
      return o;
    }
    if (n.isArray()) {
      tools.jackson.databind.node.ArrayNode a = Jackson3Objects.NODES3.arrayNode(n.size());
      for (JsonNode c : n) {
        a.add(copyToJackson3(c));
      }
      return a;
    }
    if (n.isTextual()) {
      return Jackson3Objects.NODES3.stringNode(n.textValue());
    }
    if (n.isBoolean()) {
      return Jackson3Objects.NODES3.booleanNode(n.booleanValue());
    }
    if (n.isInt()) {
      return Jackson3Objects.NODES3.numberNode(n.intValue());
    }
    if (n.isLong()) {
      return Jackson3Objects.NODES3.numberNode(n.longValue());
    }
    if (n.isBigInteger()) {
      return Jackson3Objects.NODES3.numberNode(n.bigIntegerValue());
    }
    if (n.isDouble() || n.isFloat()) {
      return Jackson3Objects.NODES3.numberNode(n.doubleValue());
    }
    if (n.isNumber()) {
      return Jackson3Objects.NODES3.numberNode(n.decimalValue());
    }
    return Jackson3Objects.NODES3.stringNode(n.asText());
  }

  /** A Jackson 2 copy of a Jackson 3 tree. */
  public static JsonNode toJackson2(tools.jackson.databind.JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return NODES2.nullNode();
    }
    if (n.isObject()) {
      ObjectNode o = NODES2.objectNode();
      for (Map.Entry<String, tools.jackson.databind.JsonNode> e : n.properties()) {
        o.set(e.getKey(), toJackson2(e.getValue()));
      }
      return o;
    }
    if (n.isArray()) {
      ArrayNode a = NODES2.arrayNode(n.size());
      for (tools.jackson.databind.JsonNode c : n.values()) {
        a.add(toJackson2(c));
      }
      return a;
    }
    if (n.isString()) {
      return NODES2.textNode(n.stringValue());
    }
    if (n.isBoolean()) {
      return NODES2.booleanNode(n.booleanValue());
    }
    if (n.isInt()) {
      return NODES2.numberNode(n.intValue());
    }
    if (n.isLong()) {
      return NODES2.numberNode(n.longValue());
    }
    if (n.isBigInteger()) {
      return NODES2.numberNode(n.bigIntegerValue());
    }
    if (n.isDouble() || n.isFloat()) {
      return NODES2.numberNode(n.doubleValue());
    }
    if (n.isNumber()) {
      return NODES2.numberNode(n.decimalValue());
    }
    return NODES2.textNode(n.asString());
  }

  /**
   * A fabric8 object bound from a Jackson 2 tree. The tree is replayed as tokens into a Jackson 3
   * buffer, which is cheaper than building a Jackson 3 tree first. The buffer needs a read context;
   * {@code _deserializationContext()} is public on Jackson 3 mappers for this purpose.
   */
  public static <T> T bind(JsonNode tree, Class<T> type) {
    ClassPathCheck.require();
    tools.jackson.databind.util.TokenBuffer buffer = tools.jackson.databind.util.TokenBuffer.forGeneration();
    replay(tree, buffer);
    try (tools.jackson.core.JsonParser p = buffer.asParser(Jackson3Objects.MAPPER._deserializationContext())) {
      return Jackson3Objects.MAPPER.readValue(p, type);
    }
  }

  private static void replay(JsonNode n, tools.jackson.databind.util.TokenBuffer out) {
    switch (n.getNodeType()) {
      case OBJECT:
        out.writeStartObject();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          out.writeName(e.getKey());
          replay(e.getValue(), out);
        }
        out.writeEndObject();
        return;
      case ARRAY:
        out.writeStartArray();
        for (JsonNode c : n) {
          replay(c, out);
        }
        out.writeEndArray();
        return;
      case STRING:
        out.writeString(n.textValue());
        return;
      case BOOLEAN:
        out.writeBoolean(n.booleanValue());
        return;
      case NUMBER:
        if (n.isInt()) {
          out.writeNumber(n.intValue());
        } else if (n.isLong()) {
          out.writeNumber(n.longValue());
        } else if (n.isBigInteger()) {
          out.writeNumber(n.bigIntegerValue());
        } else if (n.isDouble() || n.isFloat()) {
          out.writeNumber(n.doubleValue());
        } else {
          out.writeNumber(n.decimalValue());
        }
        return;
      default:
        out.writeNull();
    }
  }

  /** An independent copy of a fabric8 object. */
  @SuppressWarnings("unchecked")
  public static <T> T copy(T fabric8) {
    ClassPathCheck.require();
    return (T) Jackson3Objects.MAPPER.treeToValue(Jackson3Objects.MAPPER.valueToTree(fabric8), fabric8.getClass());
  }
}
