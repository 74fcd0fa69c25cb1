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
}
