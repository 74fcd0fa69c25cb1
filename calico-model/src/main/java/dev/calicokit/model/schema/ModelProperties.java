package dev.calicokit.model.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The serialized properties of a model type, found from its {@code @JsonProperty} accessors in
 * declaration order. The one generic walk over the model's types and objects: CRD generation
 * ({@link CrdGenerator}), listing unknown fields, and rules that look for values of one type wherever
 * they occur (the validator's Go durations) read the model's shape through it rather than each
 * reflecting over the generated classes.
 */
public final class ModelProperties {
  private static final Map<Class<?>, List<Property>> CACHE = new ConcurrentHashMap<>();

  private ModelProperties() {}

  /** One property: its JSON name and the accessor on the model interface. */
  public static final class Property {
    private final String jsonName;
    private final Method accessor;

    Property(String jsonName, Method accessor) {
      this.jsonName = jsonName;
      this.accessor = accessor;
    }

    /** The name in JSON and YAML. */
    public String jsonName() {
      return jsonName;
    }

    /** The accessor declared on the model interface. */
    public Method accessor() {
      return accessor;
    }

    /** The property's value on an instance. */
    public Object get(Object instance) {
      try {
        return accessor.invoke(instance);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + jsonName + " of " + instance.getClass(), e);
      }
    }
  }

  /** The model interface of a value (the interface the Immutable class implements), or its own class. */
  public static Class<?> modelType(Class<?> c) {
    if (c.isInterface()) {
      return c;
    }
    for (Class<?> i : c.getInterfaces()) {
      if (i.getPackageName().startsWith("dev.calicokit.model") && !i.getSimpleName().startsWith("With")
          && i.getAnnotation(com.fasterxml.jackson.databind.annotation.JsonDeserialize.class) != null) {
        return i;
      }
    }
    return c;
  }

  /** True for the model's value types (generated or hand-written), false for values such as Cidr. */
  public static boolean isModelType(Class<?> c) {
    Class<?> m = modelType(c);
    return m.isInterface() && m.getPackageName().startsWith("dev.calicokit.model")
        && m.getAnnotation(com.fasterxml.jackson.databind.annotation.JsonDeserialize.class) != null;
  }

  /** The properties of a model type, in the order the type declares them. */
  public static List<Property> of(Class<?> type) {
    return CACHE.computeIfAbsent(modelType(type), ModelProperties::scan);
  }

  private static List<Property> scan(Class<?> type) {
    List<Property> out = new ArrayList<>();
    collect(type, out);
    return Collections.unmodifiableList(out);
  }

  private static void collect(Class<?> type, List<Property> out) {
    for (Method m : type.getDeclaredMethods()) {
      JsonProperty jp = m.getAnnotation(JsonProperty.class);
      if (jp == null || m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      if (out.stream().noneMatch(p -> p.jsonName.equals(jp.value()))) {
        out.add(new Property(jp.value(), m));
      }
    }
    // Declared order is not guaranteed by reflection: sort by the type's @JsonPropertyOrder.
    com.fasterxml.jackson.annotation.JsonPropertyOrder order =
        type.getAnnotation(com.fasterxml.jackson.annotation.JsonPropertyOrder.class);
    if (order != null) {
      List<String> names = List.of(order.value());
      out.sort((a, b) -> Integer.compare(rank(names, a.jsonName), rank(names, b.jsonName)));
    }
  }

  private static int rank(List<String> names, String n) {
    int i = names.indexOf(n);
    return i < 0 ? names.size() : i;
  }
}
