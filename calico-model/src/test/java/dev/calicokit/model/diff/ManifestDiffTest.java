package dev.calicokit.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestDiffTest {
  private static Manifest old;
  private static Manifest next;

  private static synchronized Manifest v326() {
    if (old == null) {
      old = read("v3.26.5");
    }
    return old;
  }

  private static synchronized Manifest v332() {
    if (next == null) {
      next = read("v3.32.1");
    }
    return next;
  }

  private static Manifest read(String release) {
    try {
      return Manifest.read(Files.readString(ReferenceData.root().resolve(release).resolve("manifests/calico.yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aManifestEqualsItself() {
    assertThat(ManifestDiff.between(v332(), v332()).isEmpty()).isTrue();
  }

  @Test
  void documentsAreMatchedByKeyAndFieldsByPointer() {
    String a = """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: calico-config, namespace: kube-system}
        data: {veth_mtu: "0", typha_service_name: none}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: calico-node, namespace: kube-system}
        spec:
          template:
            spec:
              containers:
              - name: calico-node
                image: calico/node:v3.26.5
                env:
                - {name: A, value: "1"}
                - {name: B, value: "2"}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: gone, namespace: kube-system}
        """;
    String b = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: calico-node, namespace: kube-system}
        spec:
          template:
            spec:
              containers:
              - name: calico-node
                image: calico/node:v3.32.1
                env:
                - {name: NEW, value: x}
                - {name: A, value: "1"}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: calico-config, namespace: kube-system}
        data: {veth_mtu: "1410", typha_service_name: none}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: gone, namespace: other}
        """;
    ManifestDiff d = ManifestDiff.between(Manifest.read(a), Manifest.read(b));
    assertThat(d.documents()).extracting(c -> c.type() + " " + c.key()).containsExactly(
        "CHANGED apps/v1 DaemonSet kube-system/calico-node",
        "CHANGED v1 ConfigMap kube-system/calico-config",
        "ADDED v1 ServiceAccount other/gone",
        "REMOVED v1 ServiceAccount kube-system/gone");
    assertThat(d.documents().get(0).fieldChanges()).extracting(FieldChange::toString).containsExactlyInAnyOrder(
        "changed /spec/template/spec/containers/0/image \"calico/node:v3.26.5\" -> \"calico/node:v3.32.1\"",
        "added /spec/template/spec/containers/0/env/0 -> {\"name\":\"NEW\",\"value\":\"x\"}",
        "removed /spec/template/spec/containers/0/env/1 {\"name\":\"B\",\"value\":\"2\"}");
    assertThat(d.documents().get(1).fieldChanges()).extracting(FieldChange::path).containsExactly("/data/veth_mtu");
    assertThat(d.size()).isEqualTo(6);
  }

  private static final String POOL = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: pool\nspec:\n"
      + "  cidr: 10.0.0.0/16\n";
  private static final String NS = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n";

  /** Documents wrapped in a List of {@code apiVersion} and {@code kind}, each item indented under {@code items:}. */
  private static String list(String apiVersion, String kind, String... docs) {
    StringBuilder b = new StringBuilder("apiVersion: " + apiVersion + "\nkind: " + kind + "\nitems:\n");
    for (String d : docs) {
      b.append(d.strip().indent(4).replaceFirst("^    ", "  - "));
    }
    return b.toString();
  }

  @Test
  void theItemsOfAListAreMatchedAsDocumentsAndPointedIntoTheList() {
    Manifest plain = Manifest.read(NS + "---\n" + POOL);
    // The same resources in a List: equal.
    assertThat(ManifestDiff.between(plain, Manifest.read(list("v1", "List", NS, POOL))).isEmpty()).isTrue();
    assertThat(ManifestDiff.between(Manifest.read(list("v1", "List", POOL, NS)), plain).isEmpty()).isTrue();
    // A changed item: the key is the item's, the pointer into the List of the new manifest, the index the List's.
    ManifestDiff d = ManifestDiff.between(plain, Manifest.read(NS + "---\n" + list("v1", "List",
        POOL.replace("10.0.0.0/16", "10.1.0.0/16"))));
    assertThat(d.documents()).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo(new DocumentKey("projectcalico.org/v3", "IPPool", "", "pool"));
      assertThat(c.oldIndex()).isEqualTo(1);
      assertThat(c.newIndex()).isEqualTo(1);
      assertThat(c.fieldChanges()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("/items/0/spec/cidr"));
    });
    // A removed field points into the old manifest's List; a Calico typed list is a List too.
    ManifestDiff removed = ManifestDiff.between(Manifest.read(list("projectcalico.org/v3", "IPPoolList",
        POOL + "  natOutgoing: true\n")), Manifest.read(POOL));
    assertThat(removed.documents().get(0).fieldChanges()).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("/items/0/spec/natOutgoing"));
    // Items added and removed are documents added and removed.
    assertThat(ManifestDiff.between(Manifest.read(list("v1", "List", NS)), Manifest.read(list("v1", "List", POOL)))
        .documents()).extracting(c -> c.type().word() + " " + c.key().kind()).containsExactly("added IPPool", "removed Namespace");
  }

  @Test
  void numbersCompareByValueAndValuesAreCopies() {
    ManifestDiff d = ManifestDiff.between(Manifest.read("apiVersion: v1\nkind: X\nmetadata: {name: a}\nn: 1\nm: 1\n"),
        Manifest.read("apiVersion: v1\nkind: X\nmetadata: {name: a}\nn: 1.0\nm: 2\n"));
    FieldChange c = d.documents().get(0).fieldChanges().get(0);
    assertThat(d.documents().get(0).fieldChanges()).hasSize(1);
    assertThat(c.path()).isEqualTo("/m");
    ((com.fasterxml.jackson.databind.node.ObjectNode) ReferenceData.YAML.createObjectNode()).set("x", c.after().orElseThrow());
    assertThat(c.after().orElseThrow().asInt()).isEqualTo(2);
  }

  @Test
  void crdSchemasAreSummarisedByPropertyAndDescriptionsCounted() {
    String crd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: ippools.crd.projectcalico.org}
        spec:
          group: crd.projectcalico.org
          versions:
          - name: v1
            schema:
              openAPIV3Schema:
                type: object
                description: %s
                properties:
                  spec:
                    type: object
                    properties:
                      blockSize: {type: integer, maximum: %s}
                      mode: {type: string, enum: [%s]}
                      %s
        """;
    Manifest before = Manifest.read(crd.formatted("one text", "32", "Always, Never", "gone: {type: string}"));
    Manifest after = Manifest.read(crd.formatted("another text", "31", "Always", "cidr: {type: string, pattern: '^x$'}"));
    DocumentChange c = ManifestDiff.between(before, after).documents().get(0);
    assertThat(c.fieldChanges()).isEmpty();
    assertThat(c.textChanges()).isEqualTo(1);
    assertThat(c.schemaChanges()).extracting(SchemaChange::toString).containsExactly(
        "v1 spec.blockSize: bounds maximum=32 -> maximum=31",
        "v1 spec.mode: enum [\"Always\",\"Never\"] -> [\"Always\"]",
        "v1 spec.cidr: added  -> string",
        "v1 spec.gone: removed string -> ");
  }

  @Test
  void officialFilesOfTwoReleasesDifferInImagesAndCrds() {
    ManifestDiff d = ManifestDiff.between(v326(), v332());
    DocumentChange node = d.documents().stream().filter(c -> c.key().kind().equals("DaemonSet")).findFirst().orElseThrow();
    assertThat(node.fieldChanges()).anySatisfy(f -> assertThat(f.path()).endsWith("/image")
        .startsWith("/spec/template/spec/containers/"));
    List<DocumentChange> crds = d.documents().stream().filter(c -> c.key().kind().equals("CustomResourceDefinition")).toList();
    assertThat(crds).anySatisfy(c -> assertThat(c.type()).isEqualTo(ChangeType.ADDED));
    assertThat(crds).anySatisfy(c -> assertThat(c.schemaChanges()).isNotEmpty());
    // No CRD description is listed as a field: schemas are summarised, descriptions counted.
    assertThat(crds).allSatisfy(c -> assertThat(c.fieldChanges()).noneMatch(f -> f.path().contains("openAPIV3Schema")));
    assertThat(d.withoutTextOnlyChanges().documents()).noneMatch(DocumentChange::isTextOnly);
  }
}
