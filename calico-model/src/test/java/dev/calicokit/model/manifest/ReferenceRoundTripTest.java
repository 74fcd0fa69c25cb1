package dev.calicokit.model.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.io.SourceDocument;
import dev.calicokit.model.io.SourceReader;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every official manifest (every version, every variant, and the v3.21.1 CRDs): read, written
 * canonically, read again as generic trees, equals the original read as generic trees, document by
 * document (order, nulls and scalar types kept). Every document of a known kind is bound to its typed
 * class. Writing what was read from our own output gives the same bytes. Every comment line is kept.
 */
class ReferenceRoundTripTest {
  /** Every file of every release: reading and writing does not depend on the model's release facts. */
  static Stream<Path> referenceFiles() {
    return ReferenceData.manifestFiles(ReferenceData.releaseDirs()).stream();
  }

  @Test
  void allReferenceFilesAreFound() {
    // v3.21.1's 17 CRD files, and the manifests of the 54 releases from v3.24.0 to v3.32.1.
    assertThat(ReferenceData.releaseDirs()).hasSize(55);
    assertThat(referenceFiles().count()).isEqualTo(505);
  }

  @ParameterizedTest
  @MethodSource("referenceFiles")
  void roundTripsLosslessly(Path file) throws IOException {
    String text = Files.readString(file);
    Manifest manifest = Manifest.read(text);
    for (ManifestDocument d : manifest.documents()) {
      assertThat(d.type()).as("%s %s is bound to its typed class", file.getFileName(), d).isNotEqualTo(ManifestDocument.Type.GENERIC);
    }
    String written = manifest.toYaml();
    List<JsonNode> original = trees(text);
    List<JsonNode> rewritten = trees(written);
    assertThat(rewritten).hasSameSizeAs(original);
    for (int i = 0; i < original.size(); i++) {
      List<String> diffs = new ArrayList<>();
      diff(original.get(i), rewritten.get(i), "", diffs);
      assertThat(diffs).as("%s document %d (%s)", file, i, manifest.documents().get(i)).isEmpty();
    }
    assertThat(Manifest.read(written).toYaml()).as("idempotent on %s", file.getFileName()).isEqualTo(written);
    assertThat(written).endsWith("\n").doesNotContain("\r");
    assertThat(commentsLost(text, written)).as("comment lines of %s lost", file).isEmpty();
    commentLines.addAndGet(commentLines(text).size());
  }

  private static final java.util.concurrent.atomic.AtomicLong commentLines = new java.util.concurrent.atomic.AtomicLong();

  @org.junit.jupiter.api.AfterAll
  static void report() {
    System.out.printf("ReferenceRoundTripTest: %d comment lines kept%n", commentLines.get());
  }

  /**
   * The comments of the original (each line's text from its {@code #}, as SnakeYAML's reader finds
   * them, not a guess by pattern) that the written text does not hold, as many times as they occur.
   */
  static List<String> commentsLost(String original, String written) {
    Map<String, Long> have = commentLines(written).stream()
        .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    List<String> lost = new ArrayList<>();
    for (String c : commentLines(original)) {
      Long n = have.get(c);
      if (n == null || n == 0) {
        lost.add(c);
      } else {
        have.put(c, n - 1);
      }
    }
    return lost;
  }

  private static List<String> commentLines(String text) {
    org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
    o.setProcessComments(true);
    o.setCodePointLimit(Integer.MAX_VALUE);
    org.yaml.snakeyaml.parser.Parser p = new org.yaml.snakeyaml.parser.ParserImpl(
        new org.yaml.snakeyaml.reader.StreamReader(text), o);
    List<String> out = new ArrayList<>();
    while (p.peekEvent() != null) {
      org.yaml.snakeyaml.events.Event e = p.getEvent();
      if (e instanceof org.yaml.snakeyaml.events.CommentEvent
          && ((org.yaml.snakeyaml.events.CommentEvent) e).getCommentType() != org.yaml.snakeyaml.comments.CommentType.BLANK_LINE) {
        out.add(((org.yaml.snakeyaml.events.CommentEvent) e).getValue().stripTrailing());
      }
    }
    return out;
  }

  private static List<JsonNode> trees(String text) {
    return SourceReader.withDefaults().read(text).stream()
        .filter(d -> !d.isEmpty()).map(SourceDocument::tree).collect(Collectors.toList());
  }

  /** Differences by JSON pointer; numbers compare by value and kind (integer or not). */
  static void diff(JsonNode a, JsonNode b, String at, List<String> out) {
    if (out.size() > 20) {
      return;
    }
    if (a.getNodeType() != b.getNodeType() || a.isIntegralNumber() != b.isIntegralNumber()) {
      out.add(at + ": " + a + " became " + b);
      return;
    }
    if (a.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!b.has(e.getKey())) {
          out.add(at + "/" + e.getKey() + ": lost (" + e.getValue() + ")");
        } else {
          diff(e.getValue(), b.get(e.getKey()), at + "/" + e.getKey(), out);
        }
      }
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!a.has(k)) {
          out.add(at + "/" + k + ": added (" + b.get(k) + ")");
        }
      }
    } else if (a.isArray()) {
      if (a.size() != b.size()) {
        out.add(at + ": " + a.size() + " items became " + b.size());
        return;
      }
      for (int i = 0; i < a.size(); i++) {
        diff(a.get(i), b.get(i), at + "/" + i, out);
      }
    } else if (a.isNumber()) {
      if (a.decimalValue().compareTo(b.decimalValue()) != 0) {
        out.add(at + ": " + a + " became " + b);
      }
    } else if (!a.equals(b)) {
      out.add(at + ": " + a + " became " + b);
    }
  }
}
