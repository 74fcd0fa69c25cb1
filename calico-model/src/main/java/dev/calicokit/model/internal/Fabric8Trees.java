package dev.calicokit.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The Jackson 2 tree a fabric8 object serializes to, made by walking the object along the shape
 * fabric8's annotations give each class ({@link Fabric8BeanShape}).
 *
 * <p>Why not a Jackson mapper: writing fabric8 objects is what {@code calico render} does, and in a cold
 * JVM a mapper's bean introspection (plus, for Jackson 3, which fabric8 binds with, some 500 classes of
 * set-up) cost as much as the rest of the command. The walker reads only the annotations fabric8
 * generates and gives anything it does not model (custom serializers, type ids, enums, unusual
 * numbers, ...) to Jackson 3, fabric8's own mapper, so the result is Jackson 3's in every case. Tests
 * hold the two equal for every built-in document of the reference manifests and for fully populated
 * objects of every fabric8 class the model uses.
 */
public final class Fabric8Trees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private Fabric8Trees() {}

  /** The tree of a fabric8 object, equal to the one fabric8's Jackson 3 mapper gives, key order included. */
  public static JsonNode tree(Object fabric8) {
    ClassPathCheck.require();
    return value(fabric8);
  }

  private static JsonNode value(Object v) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof String) {
      return NODES.textNode((String) v);
    }
    if (v instanceof Boolean) {
      return NODES.booleanNode((Boolean) v);
    }
    if (v instanceof Integer) {
      return NODES.numberNode((Integer) v);
    }
    if (v instanceof Long) {
      return NODES.numberNode((Long) v);
    }
    if (v instanceof Double) {
      return NODES.numberNode((Double) v);
    }
    if (v instanceof Map && hasTextKeys((Map<?, ?>) v)) {
      return map((Map<?, ?>) v, NODES.objectNode());
    }
    if (v instanceof Collection) {
      ArrayNode a = NODES.arrayNode(((Collection<?>) v).size());
      for (Object item : (Collection<?>) v) {
        a.add(value(item));
      }
      return a;
    }
    if (v instanceof AnyType) {
      return value(((AnyType) v).getValue()); // fabric8 writes an int-or-string as what it holds
    }
    if (v instanceof Quantity) {
      return NODES.textNode(quantity((Quantity) v));
    }
    if (v instanceof tools.jackson.databind.JsonNode) {
      return Jackson3.toJackson2((tools.jackson.databind.JsonNode) v);
    }
    Optional<Fabric8BeanShape> shape = Fabric8BeanShape.of(v.getClass());
    return shape.isPresent() ? bean(v, shape.get()) : byJackson3(v);
  }

  private static JsonNode bean(Object bean, Fabric8BeanShape shape) {
    ObjectNode o = NODES.objectNode();
    for (Fabric8BeanShape.Property p : shape.properties()) {
      Object v = get(p.getter(), bean);
      if (v == null ? p.inclusion() != JsonInclude.Include.ALWAYS
          : p.inclusion() == JsonInclude.Include.NON_EMPTY && isEmpty(v)) {
        continue;
      }
      o.set(p.name(), value(v));
    }
    if (shape.anyGetter() != null) {
      Map<?, ?> more = (Map<?, ?>) get(shape.anyGetter(), bean);
      if (more != null && !more.isEmpty()) {
        if (!hasTextKeys(more)) {
          return byJackson3(bean);
        }
        map(more, o);
      }
    }
    return o;
  }

  private static ObjectNode map(Map<?, ?> map, ObjectNode into) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      into.set((String) e.getKey(), value(e.getValue()));
    }
    return into;
  }

  /** Whether every key is a string (Jackson's key serializers decide how to write any other kind). */
  private static boolean hasTextKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /** Emptiness as Jackson's NON_EMPTY sees it for the values fabric8 holds. */
  private static boolean isEmpty(Object v) {
    if (v instanceof Collection) {
      return ((Collection<?>) v).isEmpty();
    }
    if (v instanceof Map) {
      return ((Map<?, ?>) v).isEmpty();
    }
    if (v instanceof String) {
      return ((String) v).isEmpty();
    }
    if (v instanceof tools.jackson.databind.JsonNode) {
      tools.jackson.databind.JsonNode n = (tools.jackson.databind.JsonNode) v;
      return n.isContainer() && n.isEmpty();
    }
    return false;
  }

  /** fabric8 writes a quantity as its amount followed by its format. */
  static String quantity(Quantity q) {
    return (q.getAmount() == null ? "" : q.getAmount()) + (q.getFormat() == null ? "" : q.getFormat());
  }

  private static Object get(Method getter, Object bean) {
    try {
      return getter.invoke(bean);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + getter, e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    }
  }

  /** Anything the walker does not model is written by fabric8's own mapper. */
  private static JsonNode byJackson3(Object v) {
    return Jackson3.toJackson2(Jackson3.mapper().valueToTree(v));
  }
}
