package dev.calicokit.model.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** A document is equal to another when both write the same canonical YAML, whatever they are held as. */
class ManifestDocumentTest {
  private static final JsonNodeFactory N = JsonNodeFactory.instance;

  /** A CRD with one bounded string property; the bound as the given node. */
  private static ObjectNode crd(JsonNode maxLength) {
    ObjectNode crd = N.objectNode();
    crd.put("apiVersion", "apiextensions.k8s.io/v1").put("kind", "CustomResourceDefinition");
    crd.putObject("metadata").put("name", "things.example.com");
    ObjectNode spec = crd.putObject("spec");
    spec.put("group", "example.com");
    spec.putObject("names").put("kind", "Thing").put("plural", "things");
    spec.put("scope", "Cluster");
    ObjectNode version = spec.putArray("versions").addObject();
    version.put("name", "v1").put("served", true).put("storage", true);
    version.putObject("schema").putObject("openAPIV3Schema").put("type", "object")
        .putObject("properties").putObject("name").put("type", "string").set("maxLength", maxLength);
    return crd;
  }

  /** A document of a kind nothing types, kept as a tree: its value exactly as given. */
  private static ManifestDocument thing(JsonNode value) {
    ObjectNode t = N.objectNode();
    t.put("apiVersion", "example.com/v1").put("kind", "Thing");
    t.putObject("metadata").put("name", "t");
    t.putObject("spec").set("value", value);
    return ManifestDocument.of(t);
  }

  @Test
  void aCrdFromTheCacheEqualsTheSameCrdReadBack() throws Exception {
    // The render's CRD cache is JSON text of canonical trees; parsed again, maxLength is an int node,
    // while the same CRD read from YAML and bound to fabric8 holds a long.
    JsonNode canonical = ManifestDocument.of(crd(N.numberNode(100))).toTree();
    JsonNode fromCache = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(canonical));
    assertThat(fromCache.at("/spec/versions/0/schema/openAPIV3Schema/properties/name/maxLength").isInt()).isTrue();
    ManifestDocument cached = ManifestDocument.ofCanonicalTree(fromCache);
    ManifestDocument read = Manifest.read(cached.toYaml()).documents().get(0);
    assertThat(read.toTree()).as("the trees differ in the Java type of a number").isNotEqualTo(cached.toTree());
    assertThat(read.toYaml()).isEqualTo(cached.toYaml());
    assertThat(read).isEqualTo(cached);
    assertThat(read.hashCode()).isEqualTo(cached.hashCode());
  }

  @Test
  void wholeNumbersOfEveryJavaTypeAreEqual() {
    ManifestDocument asInt = thing(N.numberNode(100));
    for (JsonNode same : new JsonNode[] {N.numberNode(100L), N.numberNode(100.0), N.numberNode(new BigDecimal("100")),
        N.numberNode(BigInteger.valueOf(100))}) {
      ManifestDocument other = thing(same);
      assertThat(other).as("%s", same.getClass().getSimpleName()).isEqualTo(asInt);
      assertThat(other.hashCode()).isEqualTo(asInt.hashCode());
    }
  }

  @Test
  void whatWritesDifferentlyIsDifferent() {
    ManifestDocument number = thing(N.numberNode(100));
    assertThat(thing(N.textNode("100"))).isNotEqualTo(number);
    assertThat(thing(N.numberNode(101))).isNotEqualTo(number);
    assertThat(thing(N.numberNode(new BigDecimal("1.50")))).isNotEqualTo(thing(N.numberNode(new BigDecimal("1.5"))));
  }

  @Test
  void anExplicitNullReadIsPartOfTheDocument() {
    String withNull = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: null\ndata:\n  a: b\n";
    String without = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n";
    ManifestDocument a = Manifest.read(withNull).documents().get(0);
    ManifestDocument b = Manifest.read(without).documents().get(0);
    assertThat(a.toYaml()).isEqualTo(withNull);
    assertThat(a).isNotEqualTo(b);
    assertThat(Manifest.read(a.toYaml()).documents().get(0)).isEqualTo(a);
  }

  @Test
  void commentsAreReadWithTheirPlaceAndGivenBackInPlace() {
    String yaml = "# head\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c # the name\ndata:\n  # before a key\n"
        + "  a: \"1\"\n# tail\n";
    ManifestDocument d = Manifest.read(yaml).documents().get(0);
    assertThat(d.comments()).containsExactly(
        new DocumentComment(DocumentComment.Place.HEAD, "", " head"),
        new DocumentComment(DocumentComment.Place.BEFORE, "/data/a", " before a key"),
        new DocumentComment(DocumentComment.Place.END_OF_LINE, "/metadata/name", " the name"),
        new DocumentComment(DocumentComment.Place.TAIL, "", " tail"));
    ManifestDocument bare = d.withComments(java.util.List.of());
    assertThat(bare.comments()).isEmpty();
    assertThat(bare).isEqualTo(d); // comments aside
    assertThat(bare.withComments(d.comments()).toYaml()).isEqualTo(yaml);
    // A pointer the document lacks: before the closest enclosing node.
    assertThat(bare.withComments(java.util.List.of(new DocumentComment(DocumentComment.Place.END_OF_LINE, "/data/b",
        " gone"))).toYaml()).contains("  name: c\n# gone\ndata:\n");
  }

  @Test
  void aCommentHasAPointerExactlyWhenItAnnotatesANodeAndIsOneLine() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DocumentComment(DocumentComment.Place.HEAD, "/a", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DocumentComment(DocumentComment.Place.BEFORE, "", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DocumentComment(DocumentComment.Place.TAIL, "", "a\nb"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
