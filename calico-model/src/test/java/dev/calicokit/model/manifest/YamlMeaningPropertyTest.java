package dev.calicokit.model.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.io.SourceDocument;
import dev.calicokit.model.io.SourceReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What fmt writes, fmt reads back to the same meaning, the meaning being what Kubernetes' reader makes
 * of the text (YAML 1.1 booleans, octal, hex, underscores, merge keys; base-60 as text). Generated
 * documents mix these forms, plain and quoted, with anchors, merge keys, comments and keys longer
 * than YAML lets an implicit key be. A ConfigMap, whose data the typed form holds as strings, is
 * either refused (a value Kubernetes reads as no string) or written with the same meaning.
 */
class YamlMeaningPropertyTest {
  /** Scalars as written: YAML 1.1 forms that Kubernetes reads as booleans or numbers, and texts. */
  private static final List<String> SCALARS = List.of("yes", "no", "on", "Off", "y", "N", "true", "0755", "0x1F",
      "0X1f", "0o17", "1_000", "08", "-0b101", "1:30", "190:20:30", "1e3", "1.5", ".5", "+12", "~", "null", "text",
      "a b", "10.0.0.0/16", "'yes'", "\"0755\"", "'1_000'", "\"y\"", "'1:30'", "\"\"", "'#not a comment'",
      "value # a comment");

  @Provide
  Arbitrary<String> key() {
    return Arbitraries.oneOf(
        Arbitraries.of("a", "b", "on", "yes", "0x10", "1_0", "n", "'y'", "\"<<k\"", "key with space"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1025).ofMaxLength(1400),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
  }

  @Provide
  Arbitrary<String> document() {
    Arbitrary<String> entry = Combinators.combine(key(), Arbitraries.of(SCALARS)).as((k, v) -> k + ": " + v);
    Arbitrary<List<String>> entries = entry.list().ofMinSize(1).ofMaxSize(8);
    return Combinators.combine(entries, entries, Arbitraries.integers().between(0, 2)).as((base, more, merge) -> {
      StringBuilder y = new StringBuilder("apiVersion: example.com/v1\nkind: Thing\nmetadata:\n  name: t\n");
      y.append("base: &base\n");
      base.forEach(l -> y.append("  ").append(l).append('\n'));
      y.append("spec:\n");
      if (merge == 1) {
        y.append("  <<: *base\n");
      } else if (merge == 2) {
        y.append("  <<: [*base, {merged: yes}]\n");
      }
      more.forEach(l -> y.append("  ").append(l).append('\n'));
      y.append("list:\n");
      more.forEach(l -> y.append("  - ").append(l.substring(l.indexOf(": ") + 2)).append('\n'));
      return y.toString();
    });
  }

  @Property(tries = 300)
  void fmtKeepsTheMeaningKubernetesReads(@ForAll("document") String yaml) {
    List<JsonNode> meaning;
    try {
      meaning = trees(yaml);
    } catch (ResourceReadException duplicateKey) {
      return; // two keys that Kubernetes reads as one (on and yes): refused, nothing to compare
    }
    String written = Manifest.read(yaml).toYaml();
    assertThat(trees(written)).as("read back from\n%s", written).isEqualTo(meaning);
    assertThat(Manifest.read(written).toYaml()).isEqualTo(written);
  }

  @Property(tries = 300)
  void aConfigMapIsRefusedOrKeepsItsMeaning(@ForAll("document") String generated) {
    String yaml = generated.replace("apiVersion: example.com/v1\nkind: Thing", "apiVersion: v1\nkind: ConfigMap")
        .replace("\nspec:\n", "\ndata:\n");
    List<JsonNode> meaning;
    try {
      meaning = trees(yaml);
    } catch (ResourceReadException duplicateKey) {
      return;
    }
    boolean allText = true;
    for (JsonNode v : meaning.get(0).path("data")) {
      allText &= v.isTextual() || v.isNull(); // null is no value, which the typed form keeps
    }
    String written;
    try {
      written = Manifest.read(yaml).toYaml();
    } catch (ResourceReadException refused) {
      assertThat(allText).as("refused although every value is text: %s", refused.getMessage()).isFalse();
      assertThat(refused.getMessage()).contains("Kubernetes reads this value as").doesNotContain("java.");
      return;
    }
    assertThat(allText).as("a value Kubernetes reads as no string was written:\n%s", written).isTrue();
    assertThat(trees(written).get(0).path("data")).isEqualTo(meaning.get(0).path("data"));
  }

  private static List<JsonNode> trees(String text) {
    List<JsonNode> out = new ArrayList<>();
    for (SourceDocument d : SourceReader.withDefaults().read(text)) {
      if (!d.isEmpty()) {
        out.add(normalized(d.tree()));
      }
    }
    return out.stream().collect(Collectors.toList());
  }

  /** Numbers compared by value (8 and 8.0 are the same JSON number to Kubernetes). */
  private static JsonNode normalized(JsonNode n) {
    if (n.isNumber()) {
      return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(n.decimalValue().stripTrailingZeros());
    }
    if (n.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      n.fields().forEachRemaining(e -> o.set(e.getKey(), normalized(e.getValue())));
      return o;
    }
    if (n.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
      n.forEach(c -> a.add(normalized(c)));
      return a;
    }
    return n;
  }
}
