package dev.calicokit.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.calicokit.model.manifest.BuiltInKinds;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrArray;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrBool;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrStringArray;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fabric8 model classes the built-in kinds reach, and objects of each with every property set:
 * the inputs that hold the walkers over fabric8's shapes ({@link Fabric8Trees},
 * {@link Fabric8CanonicalTrees}) to Jackson 3's own results.
 */
final class Fabric8ModelSamples {
  /** fabric8 classes with a Jackson 3 serializer of their own: left to Jackson 3 on purpose. */
  static final Set<String> WRITTEN_BY_JACKSON3 = Set.of("Duration", "MicroTime",
      "JSONSchemaPropsOrArray", "JSONSchemaPropsOrBool", "JSONSchemaPropsOrStringArray");

  /** fabric8 classes with a Jackson 3 serializer of their own that the walkers treat as values. */
  static final Set<String> WRITTEN_AS_VALUES = Set.of("IntOrString", "Quantity");

  private Fabric8ModelSamples() {}

  /** The fabric8 model classes reachable from the built-in kinds through their properties' types. */
  static List<Class<?>> reachableClasses() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(BuiltInKinds.all().values());
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!seen.add(c)) {
        continue;
      }
      for (Method getter : getters(c)) {
        for (Class<?> t : mentioned(getter.getGenericReturnType())) {
          if (t.getName().startsWith("io.fabric8.") && !t.isInterface() && !t.isEnum()
              && !Modifier.isAbstract(t.getModifiers())) {
            todo.add(t);
          }
        }
      }
    }
    return List.copyOf(seen);
  }

  private static List<Method> getters(Class<?> c) {
    List<Method> out = new ArrayList<>();
    for (Method m : c.getMethods()) {
      if (m.getParameterCount() == 0 && m.isAnnotationPresent(JsonProperty.class)) {
        out.add(m);
      }
    }
    out.sort((a, b) -> a.getName().compareTo(b.getName()));
    return out;
  }

  private static List<Class<?>> mentioned(Type t) {
    List<Class<?>> out = new ArrayList<>();
    if (t instanceof Class) {
      out.add((Class<?>) t);
    } else if (t instanceof ParameterizedType) {
      for (Type a : ((ParameterizedType) t).getActualTypeArguments()) {
        out.addAll(mentioned(a));
      }
    }
    return out;
  }

  /** An object of the class with every annotated property set (nested objects two levels deep). */
  static Object populate(Class<?> c, int depth) throws Exception {
    Object o = c.getConstructor().newInstance();
    for (Method getter : getters(c)) {
      String name = getter.getAnnotation(JsonProperty.class).value();
      Method setter = setterFor(c, getter);
      if (setter == null) {
        continue;
      }
      Object value = sample(getter.getGenericReturnType(), name, depth);
      if (value != null) {
        setter.invoke(o, value);
      }
    }
    return o;
  }

  private static Method setterFor(Class<?> c, Method getter) {
    String name = "set" + getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
    try {
      return c.getMethod(name, getter.getReturnType());
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object sample(Type t, String name, int depth) throws Exception {
    if (t instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) t;
      Type[] args = p.getActualTypeArguments();
      if (p.getRawType() == List.class) {
        Object item = sample(args[0], name, depth);
        return item == null ? new ArrayList<>() : new ArrayList<>(List.of(item));
      }
      if (p.getRawType() == Map.class) {
        Map<String, Object> m = new LinkedHashMap<>();
        Object item = sample(args[1], name, depth);
        // Past the depth limit a map of objects gets an empty object: a text would not bind.
        boolean ofBeans = args[1] instanceof Class<?> v && v.getName().startsWith("io.fabric8.") && !v.isInterface();
        m.put(name + "-key", item != null ? item : ofBeans ? ((Class<?>) args[1]).getConstructor().newInstance() : "v");
        return m;
      }
      return null;
    }
    Class<?> c = (Class<?>) t;
    if (c == String.class) {
      return name + "-value";
    }
    if (c == Integer.class || c == int.class) {
      return 7;
    }
    if (c == Long.class || c == long.class) {
      return 7_000_000_000L;
    }
    if (c == Boolean.class || c == boolean.class) {
      return Boolean.TRUE;
    }
    if (c == Double.class || c == double.class) {
      return 0.25;
    }
    if (c == Object.class) {
      return Map.of("k", "v");
    }
    if (c == IntOrString.class) {
      return new IntOrString(depth % 2 == 0 ? (Object) 8080 : "http");
    }
    if (c == Quantity.class) {
      return new Quantity("250", "m");
    }
    // The schema wrappers, each as the form that is not a schema (a schema is sampled through JSONSchemaProps).
    if (c == JSONSchemaPropsOrArray.class) {
      return new JSONSchemaPropsOrArray(new ArrayList<>(List.of(new JSONSchemaPropsBuilder().withType("string").build())), null);
    }
    if (c == JSONSchemaPropsOrBool.class) {
      return new JSONSchemaPropsOrBool(false, null);
    }
    if (c == JSONSchemaPropsOrStringArray.class) {
      return new JSONSchemaPropsOrStringArray(new ArrayList<>(List.of(name + "-item")), null);
    }
    if (c.getName().startsWith("io.fabric8.") && depth < 2 && !c.isInterface() && !c.isEnum()
        && !Modifier.isAbstract(c.getModifiers()) && !WRITTEN_BY_JACKSON3.contains(c.getSimpleName())) {
      return populate(c, depth + 1);
    }
    return null;
  }
}
