package dev.calicokit.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrArray;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrBool;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrStringArray;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tree a fabric8 object bound from a source tree would write, found without binding it: the same
 * as {@code Fabric8Trees.tree(Jackson3.bind(source, type))}, key order, dropped empties and defaults
 * included.
 *
 * <p>Why: reading a manifest binds every built-in document to fabric8 only to write it again (fmt),
 * judge it (validate) or compare it; in a cold JVM, Jackson 3's deserializer set-up for fabric8's CRD
 * classes cost more than all the rest of {@code calico fmt}. The walk follows the shape fabric8's
 * annotations give each class ({@link Fabric8ReadShape}) and Jackson 3's binding rules as our mapper
 * sets them (no coercion between text, numbers and booleans). Wherever binding could do something the
 * walk does not model (a custom deserializer, a value of another type, a fraction in an untyped value,
 * a null where a primitive goes), it gives up and the caller binds as before, so the result is always
 * binding's. Tests hold the two equal for every built-in document of the reference manifests and for
 * fully populated objects of every fabric8 class the built-in kinds reach.
 */
public final class Fabric8CanonicalTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** Where binding might not give what the walk would: the caller binds instead. */
  private static final class NotModelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotModelled() {
      super(null, null, false, false); // a signal, thrown often: no stack trace to fill
    }
  }

  private static final NotModelled NOT_MODELLED = new NotModelled();

  private Fabric8CanonicalTrees() {}

  /**
   * The tree binding {@code source} to {@code type} and writing it back would give, or empty where only
   * binding can tell (including every source that would fail to bind).
   */
  public static Optional<JsonNode> tree(JsonNode source, Class<?> type) {
    ClassPathCheck.require();
    try {
      return Optional.of(bean(source, type));
    } catch (NotModelled e) {
      return Optional.empty();
    }
  }

  private static ObjectNode bean(JsonNode source, Class<?> type) {
    if (!source.isObject()) {
      throw NOT_MODELLED;
    }
    Fabric8ReadShape shape = Fabric8ReadShape.of(type).orElseThrow(() -> NOT_MODELLED);
    ObjectNode out = NODES.objectNode();
    for (Fabric8ReadShape.Property p : shape.properties()) {
      JsonNode s = source.get(p.name());
      if (s == null) {
        JsonNode byDefault = shape.defaults().get(p.name());
        if (byDefault != null) {
          out.set(p.name(), byDefault.deepCopy()); // what the new object holds before binding sets anything
        }
        continue;
      }
      JsonNode v = s.isNull() ? nullValue(p.type()) : value(s, p.type());
      if (v == null) {
        if (p.inclusion() == JsonInclude.Include.ALWAYS) {
          out.set(p.name(), NODES.nullNode());
        }
      } else if (!(p.inclusion() == JsonInclude.Include.NON_EMPTY && isEmpty(v, p.type()))) {
        out.set(p.name(), v);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String key = e.getKey();
      if (shape.property(key).isPresent()) {
        continue;
      }
      if (!shape.hasAnySetter() || shape.readByOtherMeans(key)) {
        throw NOT_MODELLED;
      }
      out.set(key, untyped(e.getValue())); // kept by the any-setter, written after the properties in source order
    }
    return out;
  }

  /** What binding makes of JSON null for a property: Java null, or not modelled where it is more. */
  private static JsonNode nullValue(Type type) {
    if (type instanceof Class<?> c && (c.isPrimitive() || tools.jackson.databind.JsonNode.class.isAssignableFrom(c))) {
      throw NOT_MODELLED; // a primitive's default, a NullNode: rare, and binding knows
    }
    return null;
  }

  /** The written form of a non-null source value bound to {@code type}. */
  private static JsonNode value(JsonNode n, Type type) {
    if (type instanceof ParameterizedType p) {
      return parameterized(n, p);
    }
    if (!(type instanceof Class<?> c)) {
      throw NOT_MODELLED;
    }
    if (c == String.class) {
      return require(n.isTextual(), n);
    }
    if (c == Integer.class || c == int.class) {
      return require(n.isInt(), n);
    }
    if (c == Long.class || c == long.class) {
      require(n.isInt() || n.isLong(), n);
      return NODES.numberNode(n.longValue());
    }
    if (c == Boolean.class || c == boolean.class) {
      return require(n.isBoolean(), n);
    }
    if (c == Double.class || c == double.class) {
      require(n.isNumber() && Double.isFinite(n.doubleValue()), n);
      return NODES.numberNode(n.doubleValue());
    }
    if (c == Object.class) {
      return untyped(n);
    }
    if (c == IntOrString.class) {
      return require(n.isInt() || n.isTextual(), n); // fabric8 holds the int or the text, and writes it
    }
    if (c == Quantity.class) {
      return quantity(n);
    }
    if (c == tools.jackson.databind.JsonNode.class) {
      return untyped(n);
    }
    if (c == JSONSchemaPropsOrArray.class) {
      return n.isArray() ? schemas(n) : bean(n, JSONSchemaProps.class);
    }
    if (c == JSONSchemaPropsOrBool.class) {
      return n.isBoolean() ? n : bean(n, JSONSchemaProps.class);
    }
    if (c == JSONSchemaPropsOrStringArray.class) {
      if (n.isArray()) {
        require(!n.isEmpty(), n); // an empty list is written as the (absent) schema: binding knows
        n.forEach(item -> require(item.isTextual(), item));
        return n.deepCopy();
      }
      return bean(n, JSONSchemaProps.class);
    }
    return bean(n, c);
  }

  private static JsonNode parameterized(JsonNode n, ParameterizedType p) {
    Type[] args = p.getActualTypeArguments();
    if (p.getRawType() == List.class) {
      require(n.isArray(), n);
      ArrayNode out = NODES.arrayNode(n.size());
      for (JsonNode item : n) {
        require(!item.isNull(), item);
        out.add(value(item, args[0]));
      }
      return out;
    }
    if (p.getRawType() == Map.class && args[0] == String.class) {
      require(n.isObject(), n);
      ObjectNode out = NODES.objectNode();
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        require(!e.getValue().isNull(), e.getValue());
        out.set(e.getKey(), value(e.getValue(), args[1]));
      }
      return out;
    }
    throw NOT_MODELLED;
  }

  /** {@code items} given as a list: written as the list when it has schemas (fabric8's serializer). */
  private static JsonNode schemas(JsonNode n) {
    require(!n.isEmpty(), n);
    ArrayNode out = NODES.arrayNode(n.size());
    for (JsonNode item : n) {
      out.add(bean(item, JSONSchemaProps.class));
    }
    return out;
  }

  /** fabric8 parses a quantity's text into amount and format, and writes the two joined. */
  private static JsonNode quantity(JsonNode n) {
    require(n.isTextual() || n.isIntegralNumber(), n);
    try {
      Quantity q = new Quantity(n.isTextual() ? n.textValue() : n.bigIntegerValue().toString());
      return NODES.textNode(Fabric8Trees.quantity(q));
    } catch (RuntimeException e) {
      throw NOT_MODELLED; // binding reports it in its own words
    }
  }

  /**
   * A value Jackson binds without a type (maps, lists, text, numbers, booleans, nulls) and writes back
   * as it is; a fraction is not modelled, since whether its trailing zeros survive is Jackson's business.
   */
  private static JsonNode untyped(JsonNode n) {
    if (n.isObject()) {
      ObjectNode out = NODES.objectNode();
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), untyped(e.getValue()));
      }
      return out;
    }
    if (n.isArray()) {
      ArrayNode out = NODES.arrayNode(n.size());
      n.forEach(item -> out.add(untyped(item)));
      return out;
    }
    require(!n.isNumber() || n.isIntegralNumber(), n);
    return n; // value nodes are immutable: shared, not copied
  }

  /** Emptiness as Jackson's NON_EMPTY sees the Java value a property would hold ({@code Fabric8Trees}' rule). */
  private static boolean isEmpty(JsonNode written, Type type) {
    if (type instanceof ParameterizedType) {
      return written.isEmpty(); // a list or a map
    }
    if (type == String.class || type == Object.class) {
      return written.isTextual() ? written.textValue().isEmpty() : written.isContainerNode() && written.isEmpty();
    }
    if (type == tools.jackson.databind.JsonNode.class) {
      return written.isContainerNode() && written.isEmpty();
    }
    return false; // beans, numbers, booleans and fabric8's value classes are never empty
  }

  private static JsonNode require(boolean modelled, JsonNode n) {
    if (!modelled) {
      throw NOT_MODELLED;
    }
    return n;
  }
}
