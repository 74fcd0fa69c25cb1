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
    List<Class<?>> classes = Fabric8ModelSamples.reachableClasses();
    assertThat(classes).as("fabric8 classes the built-in kinds reach").hasSizeGreaterThan(200);
    for (Class<?> c : classes) {
      Object populated = Fabric8ModelSamples.populate(c, 0);
      assertThat(text(Fabric8Trees.tree(populated))).as(c.getName()).isEqualTo(text(byJackson3(populated)));
    }
  }

  @Test
  void everyReachableClassHasAShapeSoRenderingNeverStartsJackson3() {
    List<String> without = new ArrayList<>();
    for (Class<?> c : Fabric8ModelSamples.reachableClasses()) {
      if (Fabric8BeanShape.of(c).isEmpty() && !Fabric8ModelSamples.WRITTEN_BY_JACKSON3.contains(c.getSimpleName())
          && !Fabric8ModelSamples.WRITTEN_AS_VALUES.contains(c.getSimpleName())) {
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
}
