package dev.calicokit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calicokit.model.manifest.BuiltInKinds;
import dev.calicokit.model.testing.ReferenceData;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Fabric8Trees} gives the tree fabric8's own Jackson 3 mapper gives, compared as JSON text so
 * that key order counts: for every built-in document of every reference manifest, for an object of
 * every fabric8 class the built-in kinds reach with every property set, and for the corner cases of
 * inclusion (nulls, empty lists, extra properties).
 */
class Fabric8TreesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** fabric8 classes with a Jackson 3 serializer of their own: left to Jackson 3 on purpose. */
  private static final Set<String> WRITTEN_BY_JACKSON3 = Set.of("Duration", "MicroTime",
      "JSONSchemaPropsOrArray", "JSONSchemaPropsOrBool", "JSONSchemaPropsOrStringArray");
  /** fabric8 classes with a Jackson 3 serializer of their own that the walker writes itself. */
  private static final Set<String> WRITTEN_AS_VALUES = Set.of("IntOrString", "Quantity");

  @Test
  void everyBuiltInDocumentOfTheReferenceManifestsIsWrittenAsJackson3WritesIt() throws IOException {
    Path root = ReferenceData.root();
    int documents = 0;
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      for (JsonNode doc : ReferenceData.documents(file)) {
        Optional<Class<? extends HasMetadata>> type =
            BuiltInKinds.forType(doc.path("apiVersion").asText(), doc.path("kind").asText());
        if (type.isEmpty()) {
          continue;
        }
        HasMetadata bound = Jackson3.bind(doc, type.get());
        assertThat(text(Fabric8Trees.tree(bound)))
            .as("%s %s %s", root.relativize(file), doc.path("kind").asText(), doc.path("metadata").path("name").asText())
            .isEqualTo(text(byJackson3(bound)));
        documents++;
      }
    }
    assertThat(documents).as("built-in documents compared").isGreaterThan(2000);
  }

  @Test
  void everyReachableClassWithEveryPropertySetIsWrittenAsJackson3WritesIt() throws Exception {
    List<Class<?>> classes = reachableClasses();
    assertThat(classes).as("fabric8 classes the built-in kinds reach").hasSizeGreaterThan(200);
    for (Class<?> c : classes) {
      Object populated = populate(c, 0);
      assertThat(text(Fabric8Trees.tree(populated))).as(c.getName()).isEqualTo(text(byJackson3(populated)));
    }
  }

  @Test
  void everyReachableClassHasAShapeSoRenderingNeverStartsJackson3() {
    List<String> without = new ArrayList<>();
    for (Class<?> c : reachableClasses()) {
      if (Fabric8BeanShape.of(c).isEmpty() && !WRITTEN_BY_JACKSON3.contains(c.getSimpleName())
          && !WRITTEN_AS_VALUES.contains(c.getSimpleName())) {
        without.add(c.getName());
      }
    }
    assertThat(without).as("fabric8 classes left to Jackson 3").isEmpty();
  }

  @Test
  void nullsEmptyListsAndExtraPropertiesFollowJackson3() {
    ConfigMap cm = new ConfigMapBuilder().withNewMetadata().withName("n").withLabels(new HashMap<>()).endMetadata()
        .addToData("a", null).addToData("b", "").build();
    cm.getAdditionalProperties().put("extra", Map.of("x", List.of(1, 2L, new BigDecimal("1.50"))));
    cm.getAdditionalProperties().put("nothing", null);
    Container container = new ContainerBuilder().withName("c").withArgs(new ArrayList<>()).build();
    container.getAdditionalProperties().put("env", "shadowed?");
    GenericKubernetesResource generic = new GenericKubernetesResourceBuilder().withApiVersion("projectcalico.org/v3")
        .withKind("IPPool").withNewMetadata().withName("pool").endMetadata()
        .addToAdditionalProperties("spec", Map.of("cidr", "10.0.0.0/16")).build();
    for (Object o : List.of(cm, container, generic, new IntOrString(8080), new IntOrString("http"),
        new Quantity("250", "m"))) {
      assertThat(text(Fabric8Trees.tree(o))).as(o.toString()).isEqualTo(text(byJackson3(o)));
    }
  }

  private static JsonNode byJackson3(Object fabric8) {
    return Jackson3.toJackson2(Jackson3.mapper().valueToTree(fabric8));
  }

  private static String text(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fabric8 model classes reachable from the built-in kinds through their properties' types. */
  private static List<Class<?>> reachableClasses() {
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
  private static Object populate(Class<?> c, int depth) throws Exception {
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
        m.put(name + "-key", item == null ? "v" : item);
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
    if (c.getName().startsWith("io.fabric8.") && depth < 2 && !c.isInterface() && !c.isEnum()
        && !Modifier.isAbstract(c.getModifiers()) && !WRITTEN_BY_JACKSON3.contains(c.getSimpleName())) {
      return populate(c, depth + 1);
    }
    return null;
  }
}
