package dev.calicokit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calicokit.model.io.SourceReader;
import dev.calicokit.model.manifest.BuiltInKinds;
import dev.calicokit.model.testing.ReferenceData;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Fabric8CanonicalTrees} gives what binding to fabric8 and writing back gives, compared as JSON
 * text so that key order counts, and gives nothing where binding fails or does what it does not model.
 */
class Fabric8CanonicalTreesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyBuiltInDocumentOfTheReferenceManifestsIsWalkedAsBindingWritesIt() throws IOException {
    Path root = ReferenceData.root();
    int documents = 0;
    List<String> notWalked = new ArrayList<>();
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
        String where = root.relativize(file) + " " + doc.path("kind").asText() + " " + doc.path("metadata").path("name").asText();
        Optional<JsonNode> walked = Fabric8CanonicalTrees.tree(doc, type.get());
        if (walked.isEmpty()) {
          notWalked.add(where);
          continue;
        }
        assertThat(text(walked.get())).as(where).isEqualTo(text(bindAndWrite(doc, type.get())));
        documents++;
      }
    }
    assertThat(notWalked).as("documents left to binding").isEmpty();
    assertThat(documents).as("built-in documents compared").isGreaterThan(2000);
  }

  @Test
  void everyReachableClassWithEveryPropertySetIsWalkedAsBindingWritesIt() throws Exception {
    List<Class<?>> classes = Fabric8ModelSamples.reachableClasses();
    List<String> notWalked = new ArrayList<>();
    int walkedCount = 0;
    for (Class<?> c : classes) {
      if (Fabric8ModelSamples.WRITTEN_AS_VALUES.contains(c.getSimpleName())) {
        continue; // not beans: walked where a bean holds them
      }
      JsonNode source = Jackson3.toJackson2(Jackson3.mapper().valueToTree(Fabric8ModelSamples.populate(c, 0)));
      Optional<JsonNode> walked = Fabric8CanonicalTrees.tree(source, c);
      if (walked.isEmpty()) {
        notWalked.add(c.getSimpleName());
        continue;
      }
      assertThat(text(walked.get())).as(c.getName()).isEqualTo(text(bindAndWrite(source, c)));
      walkedCount++;
    }
    // The wrappers of CRD schemas have serializers of their own: walked where a schema holds them.
    assertThat(notWalked).as("classes left to binding").isSubsetOf(Fabric8ModelSamples.WRITTEN_BY_JACKSON3);
    assertThat(walkedCount).as("classes walked").isGreaterThan(200);
  }

  @Test
  void absentNullAndEmptyValuesAndUnknownKeysComeOutAsBindingWritesThem() {
    for (String yaml : List.of(
        // a null string, an empty label map, an empty string in a NON_EMPTY list's place, defaults filled in
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: cm, labels: {}, namespace: null}, data: {a: '', b: x}}",
        // unknown keys: after the properties, in source order, values as they are (nested nulls too)
        "{zzz: 1, apiVersion: v1, kind: ConfigMap, aaa: {x: [1, null, 'y']}, metadata: {name: cm, extra: true}}",
        // a list given as null, an empty list, an int-or-string both ways, quantities as text and as a number
        "{apiVersion: apps/v1, kind: DaemonSet, metadata: {name: d}, spec: {selector: {matchLabels: {a: b}},"
            + " template: {spec: {initContainers: null, volumes: [], containers: [{name: c, args: [],"
            + " ports: [{containerPort: 9091}], livenessProbe: {httpGet: {port: 9099}}, readinessProbe: {httpGet: {port: http}},"
            + " resources: {requests: {cpu: 250m, memory: 1Gi}, limits: {cpu: 2}}}]}}}}",
        // CRD schemas: items as a schema and as a list, additionalProperties as a boolean and as a schema,
        // whole-number bounds held as doubles
        "{apiVersion: apiextensions.k8s.io/v1, kind: CustomResourceDefinition, metadata: {name: a.b},"
            + " spec: {group: b, names: {kind: A, plural: as}, scope: Cluster, versions: [{name: v1, served: true,"
            + " storage: true, schema: {openAPIV3Schema: {type: object, properties: {x: {type: array, items: {type: integer,"
            + " maximum: 65535, minimum: 0.5}}, y: {type: array, items: [{type: string}]}, z: {type: object,"
            + " additionalProperties: false}, w: {type: object, additionalProperties: {type: string}, default: {k: 1}}}}}}]}}")) {
      JsonNode source = tree(yaml);
      Class<? extends HasMetadata> type = typeOf(source);
      Optional<JsonNode> walked = Fabric8CanonicalTrees.tree(source, type);
      assertThat(walked).as(yaml).isPresent();
      assertThat(text(walked.get())).as(yaml).isEqualTo(text(bindAndWrite(source, type)));
    }
  }

  @Test
  void valuesBindingRefusesOrThatItTreatsInItsOwnWayAreLeftToBinding() {
    for (String yaml : List.of(
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: cm}, data: {a: true}}", // a boolean where text goes
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: cm}, data: [a]}", // a list where a map goes
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: 7}}", // a number where text goes
        "{apiVersion: v1, kind: Service, metadata: {name: s}, spec: {ports: [{port: '53'}]}}", // text where an int goes
        "{apiVersion: v1, kind: Service, metadata: {name: s}, spec: {ports: [{port: 3000000000}]}}")) { // past int
      JsonNode source = tree(yaml);
      Class<? extends HasMetadata> type = typeOf(source);
      assertThat(Fabric8CanonicalTrees.tree(source, type)).as(yaml).isEmpty();
      assertThatThrownBy(() -> Jackson3.bind(source, type)).as(yaml).isInstanceOf(RuntimeException.class);
    }
    for (String yaml : List.of(
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: cm}, extra: 1.50}", // a fraction in an untyped value
        "{apiVersion: apiextensions.k8s.io/v1, kind: CustomResourceDefinition, metadata: {name: a.b},"
            + " spec: {versions: [{name: v1, schema: {openAPIV3Schema: {items: []}}}]}}")) { // an empty items list
      JsonNode source = tree(yaml);
      Class<? extends HasMetadata> type = typeOf(source);
      assertThat(Fabric8CanonicalTrees.tree(source, type)).as(yaml).isEmpty();
    }
    assertThat(List.of(ConfigMap.class, Service.class, DaemonSet.class, CustomResourceDefinition.class))
        .allMatch(c -> Fabric8ReadShape.of(c).isPresent());
  }

  private static Class<? extends HasMetadata> typeOf(JsonNode source) {
    return BuiltInKinds.forType(source.path("apiVersion").asText(), source.path("kind").asText()).orElseThrow();
  }

  /** A document read as Manifest.read reads it. */
  private static JsonNode tree(String yaml) {
    return SourceReader.withDefaults().read(yaml).get(0).tree();
  }

  private static JsonNode bindAndWrite(JsonNode source, Class<?> type) {
    return Fabric8Trees.tree(Jackson3.bind(source, type));
  }

  private static String text(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
