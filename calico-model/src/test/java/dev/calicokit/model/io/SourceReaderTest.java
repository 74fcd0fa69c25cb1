package dev.calicokit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link SourceReader#locate}: where a JSON pointer's value is in a document of a YAML or JSON text. */
class SourceReaderTest {
  private static final String TEXT = String.join("\n",
      "# first",
      "apiVersion: v1",
      "kind: ConfigMap",
      "---",
      "",
      "---",
      "kind: IPPool",
      "spec:",
      "  cidr: 10.0.0.0/16",
      "  allowedUses:",
      "    - Workload",
      "    - Tunnel",
      "");

  @Test
  void aFieldIsAtItsKeyAndAListItemAtItsValueCountingEmptyDocuments() {
    assertThat(SourceReader.locate(TEXT, 2, "/spec/cidr")).contains(new SourcePosition(9, 3));
    assertThat(SourceReader.locate(TEXT, 2, "/spec/allowedUses/1")).contains(new SourcePosition(12, 7));
    assertThat(SourceReader.locate(TEXT, 0, "/kind")).contains(new SourcePosition(3, 1));
  }

  @Test
  void aPointerPastWhatTheDocumentHoldsIsAtTheClosestEnclosingValue() {
    assertThat(SourceReader.locate(TEXT, 2, "/spec/nodeSelector")).contains(new SourcePosition(9, 3));
  }

  @Test
  void aByteOrderMarkIsNotAColumnAndAMissingDocumentIsEmpty() {
    assertThat(SourceReader.locate("\uFEFFkind: IPPool\n", 0, "/kind")).contains(new SourcePosition(1, 1));
    assertThat(SourceReader.locate(TEXT, 7, "/kind")).isEmpty();
    assertThat(SourceReader.locate("a: [unclosed\n", 0, "/b")).isEmpty();
  }

  /**
   * An 8 MiB one-line scalar, whole, with a comment after it (so that the comment pass reads it too).
   * SnakeYAML's 1,024-character read buffer made this quadratic (12 s); whole-process figures are in
   * the README.
   */
  @Test
  void readsAnEightMebibyteScalarWhole() {
    String value = "x".repeat(8 << 20);
    String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: " + value + " # big\n";
    assertThat(SourceReader.withDefaults().read(text).get(0).tree().at("/data/a").textValue()).hasSize(8 << 20);
    assertThat(dev.calicokit.model.manifest.Manifest.read(text).toYaml()).endsWith(value + " # big\n");
  }

  /** Found by MutatedYamlFuzzTest (seed 20261201, run 69): an alias as a key named SnakeYAML's event class. */
  @Test
  void fuzzFinding1AnAliasAsAKeyIsDescribedWithoutParserClassNames() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourceReader.withDefaults().read("a: &m x\n*m: 1\n"))
        .isInstanceOf(ResourceReadException.class)
        .hasMessageContaining("found an alias (*m)").hasMessageNotContaining("org.yaml").hasMessageContaining("line 2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourceReader.withDefaults().read("? [a]\n: 1\n"))
        .isInstanceOf(ResourceReadException.class).hasMessageContaining("found a list").hasMessageNotContaining("org.yaml");
  }

  @Test
  void aNulByteIsReportedWhereItStands() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourceReader.withDefaults().read("a: 1\nb: x\u0000y\n"))
        .isInstanceOf(ResourceReadException.class).hasMessageContaining("line 2, column 5")
        .hasMessageContaining("U+0000");
  }
}
