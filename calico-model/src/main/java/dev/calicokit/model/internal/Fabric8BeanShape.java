package dev.calicokit.model.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How Jackson writes one fabric8 model class, read once from the annotations fabric8 generates: the
 * properties in {@code @JsonPropertyOrder}'s order, each with its getter and inclusion rule, then the
 * any-getter's map. Only the plain shape fabric8 generates is described; a class that uses anything
 * more (custom serializers, type ids, unwrapping, formats, filters, visibility changes, a property the
 * order does not name, a getter Jackson would find without annotations) has no shape, and
 * {@link Fabric8Trees} leaves it to Jackson.
 */
final class Fabric8BeanShape {
  /** One written property: its JSON name, its getter, and whether empty values are left out too. */
  record Property(String name, Method getter, JsonInclude.Include inclusion) {}

  private static final List<Class<? extends Annotation>> TYPE_ANNOTATIONS_WE_DO_NOT_MODEL = List.of(
      JsonTypeInfo.class, JsonFormat.class, JsonFilter.class, JsonAutoDetect.class, JsonIncludeProperties.class,
      com.fasterxml.jackson.databind.annotation.JsonSerialize.class,
      com.fasterxml.jackson.databind.annotation.JsonNaming.class,
      com.fasterxml.jackson.databind.annotation.JsonAppend.class,
      tools.jackson.databind.annotation.JsonSerialize.class,
      tools.jackson.databind.annotation.JsonNaming.class,
      tools.jackson.databind.annotation.JsonAppend.class);

  private static final List<Class<? extends Annotation>> MEMBER_ANNOTATIONS_WE_DO_NOT_MODEL = List.of(
      JsonUnwrapped.class, JsonValue.class, JsonFormat.class, JsonTypeInfo.class,
      com.fasterxml.jackson.databind.annotation.JsonSerialize.class,
      tools.jackson.databind.annotation.JsonSerialize.class);

  private static final ClassValue<Optional<Fabric8BeanShape>> SHAPES = new ClassValue<>() {
    @Override
    protected Optional<Fabric8BeanShape> computeValue(Class<?> type) {
      return read(type);
    }
  };

  private final List<Property> properties;
  private final Method anyGetter;

  private Fabric8BeanShape(List<Property> properties, Method anyGetter) {
    this.properties = properties;
    this.anyGetter = anyGetter;
  }

  /** The shape of a fabric8 class, or empty where Jackson must write it. */
  static Optional<Fabric8BeanShape> of(Class<?> type) {
    return SHAPES.get(type);
  }

  /** The properties in the order Jackson writes them. */
  List<Property> properties() {
    return properties;
  }

  /** The getter of the map whose entries follow the properties, or null. */
  Method anyGetter() {
    return anyGetter;
  }

  private static Optional<Fabric8BeanShape> read(Class<?> type) {
    if (!type.getName().startsWith("io.fabric8.") || type.isEnum() || type.isInterface()
        || !Modifier.isPublic(type.getModifiers())) {
      return Optional.empty();
    }
    for (Class<?> t : hierarchy(type)) {
      for (Class<? extends Annotation> a : TYPE_ANNOTATIONS_WE_DO_NOT_MODEL) {
        if (t.isAnnotationPresent(a)) {
          return Optional.empty();
        }
      }
      JsonIgnoreProperties ignored = t.getAnnotation(JsonIgnoreProperties.class);
      if (ignored != null && ignored.value().length > 0) {
        return Optional.empty();
      }
    }
    JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
    if (order == null || order.alphabetic()) {
      return Optional.empty();
    }
    JsonInclude.Include classInclusion = inclusion(type.getAnnotation(JsonInclude.class), JsonInclude.Include.ALWAYS);
    if (classInclusion == null) {
      return Optional.empty();
    }

    Map<String, Method> getters = new LinkedHashMap<>();
    Map<String, JsonInclude> inclusions = new LinkedHashMap<>();
    Method anyGetter = null;
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class
          || m.isBridge() || m.isSynthetic() || m.getDeclaringClass() == Object.class) {
        continue;
      }
      for (Class<? extends Annotation> a : MEMBER_ANNOTATIONS_WE_DO_NOT_MODEL) {
        if (m.isAnnotationPresent(a)) {
          return Optional.empty();
        }
      }
      if (m.isAnnotationPresent(JsonAnyGetter.class)) {
        if (anyGetter != null || !Map.class.isAssignableFrom(m.getReturnType())) {
          return Optional.empty();
        }
        anyGetter = m;
        continue;
      }
      if (m.isAnnotationPresent(JsonIgnore.class)) {
        continue;
      }
      JsonProperty property = m.getAnnotation(JsonProperty.class);
      if (property == null) {
        if (looksLikeGetter(m)) {
          return Optional.empty(); // Jackson would write it under a name it derives: not fabric8's plain shape
        }
        continue;
      }
      if (property.access() == JsonProperty.Access.WRITE_ONLY || property.value().isEmpty()
          || getters.put(property.value(), m) != null) {
        return Optional.empty();
      }
      inclusions.put(property.value(), m.getAnnotation(JsonInclude.class));
    }
    if (!fieldsHaveGetters(type, getters.keySet(), inclusions)) {
      return Optional.empty();
    }

    Set<String> ordered = new HashSet<>(List.of(order.value()));
    if (!ordered.equals(getters.keySet())) {
      return Optional.empty(); // Jackson would append the unnamed ones in an order of its own choosing
    }
    List<Property> properties = new ArrayList<>();
    for (String name : order.value()) {
      JsonInclude.Include inclusion = inclusion(inclusions.get(name), classInclusion);
      if (inclusion == null) {
        return Optional.empty();
      }
      properties.add(new Property(name, getters.get(name), inclusion));
    }
    return Optional.of(new Fabric8BeanShape(List.copyOf(properties), anyGetter));
  }

  /**
   * Whether every annotated field backs one of the getters (Jackson would write a lone one), taking
   * the field's inclusion rule where the getter has none: Jackson merges a property's annotations.
   */
  private static boolean fieldsHaveGetters(Class<?> type, Set<String> names, Map<String, JsonInclude> inclusions) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        for (Class<? extends Annotation> a : MEMBER_ANNOTATIONS_WE_DO_NOT_MODEL) {
          if (f.isAnnotationPresent(a)) {
            return false;
          }
        }
        JsonProperty property = f.getAnnotation(JsonProperty.class);
        if (property == null || f.isAnnotationPresent(JsonIgnore.class)) {
          continue;
        }
        if (!names.contains(property.value())) {
          return false;
        }
        JsonInclude fieldInclusion = f.getAnnotation(JsonInclude.class);
        if (inclusions.get(property.value()) == null && fieldInclusion != null) {
          inclusions.put(property.value(), fieldInclusion);
        }
      }
    }
    return true;
  }

  /** The inclusion a property gets; null for rules this shape does not model (custom filters, content rules). */
  private static JsonInclude.Include inclusion(JsonInclude annotation, JsonInclude.Include otherwise) {
    if (annotation == null) {
      return otherwise;
    }
    if (annotation.content() != JsonInclude.Include.USE_DEFAULTS
        && annotation.content() != JsonInclude.Include.ALWAYS) {
      return null;
    }
    switch (annotation.value()) {
      case USE_DEFAULTS:
        return otherwise;
      case ALWAYS:
      case NON_NULL:
      case NON_EMPTY:
        return annotation.value();
      case NON_ABSENT:
        return JsonInclude.Include.NON_NULL; // no Optional or AtomicReference in fabric8's model
      default:
        return null;
    }
  }

  private static boolean looksLikeGetter(Method m) {
    String n = m.getName();
    boolean get = n.startsWith("get") && n.length() > 3;
    boolean is = n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class);
    return get || is;
  }

  /** The class, its superclasses and every interface they implement. */
  private static List<Class<?>> hierarchy(Class<?> type) {
    List<Class<?>> out = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> t = todo.pop();
      if (t == Object.class || out.contains(t)) {
        continue;
      }
      out.add(t);
      if (t.getSuperclass() != null) {
        todo.add(t.getSuperclass());
      }
      todo.addAll(List.of(t.getInterfaces()));
    }
    return out;
  }
}
