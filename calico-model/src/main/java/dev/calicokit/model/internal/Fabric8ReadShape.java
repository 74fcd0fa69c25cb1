package dev.calicokit.model.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonBackReference;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonManagedReference;
import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How Jackson 3 binds one fabric8 model class, for {@link Fabric8CanonicalTrees}: the written shape
 * ({@link Fabric8BeanShape}) with each property's Java type, what a new object holds before binding
 * (fabric8's constructors fill in apiVersion, kind and empty lists), whether unknown keys go to an
 * any-setter, and which keys Jackson would give to a setter the shape does not name. A class bound in
 * any way this does not describe (a deserializer, builder or creator of its own, aliases, merging,
 * null rules, references) has no read shape.
 */
final class Fabric8ReadShape {
  /** One property: its JSON name, the Java type binding gives it, and its inclusion when written. */
  record Property(String name, Type type, JsonInclude.Include inclusion) {}

  private static final List<Class<? extends Annotation>> MEMBER_ANNOTATIONS_WE_DO_NOT_MODEL = List.of(
      JsonDeserialize.class, JsonSetter.class, JsonAlias.class, JsonMerge.class, JsonManagedReference.class,
      JsonBackReference.class, com.fasterxml.jackson.databind.annotation.JsonDeserialize.class);

  private static final ClassValue<Optional<Fabric8ReadShape>> SHAPES = new ClassValue<>() {
    @Override
    protected Optional<Fabric8ReadShape> computeValue(Class<?> type) {
      return read(type);
    }
  };

  private final List<Property> properties;
  private final Map<String, Property> byName;
  private final JsonNode defaults;
  private final boolean anySetter;
  private final Set<String> setterOnlyNames;

  private Fabric8ReadShape(List<Property> properties, JsonNode defaults, boolean anySetter, Set<String> setterOnlyNames) {
    this.properties = properties;
    this.byName = new HashMap<>();
    properties.forEach(p -> byName.put(p.name(), p));
    this.defaults = defaults;
    this.anySetter = anySetter;
    this.setterOnlyNames = setterOnlyNames;
  }

  /** The read shape of a fabric8 class, or empty where only Jackson can bind it. */
  static Optional<Fabric8ReadShape> of(Class<?> type) {
    return SHAPES.get(type);
  }

  /** The properties in the order they are written. */
  List<Property> properties() {
    return properties;
  }

  /** The property a key names. */
  Optional<Property> property(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The tree of a new object of the class: what a property absent from the source is written as. */
  JsonNode defaults() {
    return defaults;
  }

  /** Whether keys that name no property are kept by an any-setter (fabric8's additional properties). */
  boolean hasAnySetter() {
    return anySetter;
  }

  /** Whether Jackson would hand this key to a setter that is no written property, not to the any-setter. */
  boolean readByOtherMeans(String key) {
    return setterOnlyNames.contains(key);
  }

  private static Optional<Fabric8ReadShape> read(Class<?> type) {
    Optional<Fabric8BeanShape> written = Fabric8BeanShape.of(type);
    if (written.isEmpty() || Modifier.isAbstract(type.getModifiers()) || customDeserializer(type)) {
      return Optional.empty();
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (c.isAnnotationPresent(JsonCreator.class)) {
        return Optional.empty();
      }
    }
    Map<String, Field> fields = new HashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (unmodelled(f)) {
          return Optional.empty();
        }
        JsonProperty p = f.getAnnotation(JsonProperty.class);
        if (p != null) {
          fields.putIfAbsent(p.value(), f);
        }
      }
    }
    List<Property> properties = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Fabric8BeanShape.Property p : written.get().properties()) {
      Field f = fields.get(p.name());
      Type t = f != null ? f.getGenericType() : p.getter().getGenericReturnType();
      properties.add(new Property(p.name(), t, p.inclusion()));
      names.add(p.name());
    }
    boolean anySetter = false;
    // Keys Jackson would bind through a setter no written property names (fabric8's setAdditionalProperties
    // among them): seen in a source, only binding knows what becomes of them.
    Set<String> setterOnly = new HashSet<>(Set.of("additionalProperties"));
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
        continue;
      }
      if (unmodelled(m)) {
        return Optional.empty();
      }
      if (m.isAnnotationPresent(JsonAnySetter.class)) {
        anySetter = true;
        continue;
      }
      JsonProperty p = m.getAnnotation(JsonProperty.class);
      if (m.getParameterCount() == 1 && p != null && !names.contains(p.value())) {
        return Optional.empty(); // a property read but never written
      }
      if (m.getParameterCount() == 1 && p == null && !m.isAnnotationPresent(JsonIgnore.class)
          && m.getName().startsWith("set") && m.getName().length() > 3) {
        String derived = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
        if (!names.contains(derived)) {
          setterOnly.add(derived);
        }
      }
    }
    setterOnly.removeAll(names);
    JsonNode defaults;
    try {
      defaults = Fabric8Trees.tree(type.getConstructor().newInstance());
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.of(new Fabric8ReadShape(List.copyOf(properties), defaults, anySetter, Set.copyOf(setterOnly)));
  }

  /** A class-level deserializer, builder or converter other than Jackson's "none" marker. */
  private static boolean customDeserializer(Class<?> type) {
    if (type.isAnnotationPresent(com.fasterxml.jackson.databind.annotation.JsonDeserialize.class)) {
      return true;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      JsonDeserialize d = c.getAnnotation(JsonDeserialize.class);
      if (d != null && (d.using() != ValueDeserializer.None.class || d.builder() != Void.class
          || d.as() != Void.class || d.converter() != tools.jackson.databind.util.Converter.None.class)) {
        return true;
      }
    }
    return false;
  }

  private static boolean unmodelled(AnnotatedElement member) {
    for (Class<? extends Annotation> a : MEMBER_ANNOTATIONS_WE_DO_NOT_MODEL) {
      if (member.isAnnotationPresent(a)) {
        return true;
      }
    }
    return false;
  }
}
