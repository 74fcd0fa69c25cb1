package dev.calicokit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.io.ReadLimits;
import dev.calicokit.model.io.SourceDocument;
import dev.calicokit.model.io.SourceReader;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A stream read in two parts gives what one scan of it gives (documents, their numbers and lines,
 * their comments), and gives nothing where the parts could say otherwise.
 */
class PartedReadTest {
  private static final SourceReader READER = SourceReader.withDefaults();

  /** One scan of the whole text, trees and comments together, as Manifest.read makes it. */
  private static PartedRead.Read oneScan(String text) {
    List<SourceDocument> sources = new ArrayList<>();
    CommentReader.Collector collector = new CommentReader.Collector();
    READER.read(text, body -> CommentTeeParser.over(body, collector), sources::add);
    return new PartedRead.Read(sources, collector.result());
  }

  private static void assertSameAsOneScan(String text, String what) {
    Optional<PartedRead.Read> parted = PartedRead.read(text, READER);
    assertThat(parted).as(what + ": read in parts").isPresent();
    PartedRead.Read whole = oneScan(text);
    assertThat(parted.get().sources()).as(what).isEqualTo(whole.sources());
    for (int i = 0; i <= whole.sources().size(); i++) {
      assertThat(parted.get().comments().document(i).toList()).as("%s document %d", what, i)
          .isEqualTo(whole.comments().document(i).toList());
    }
    assertThat(parted.get().comments().orphans()).isEmpty();
  }

  @Test
  void everyLargeReferenceManifestReadsInPartsAsInOneScan() throws IOException {
    int files = 0;
    for (Path file : ReferenceData.manifestFiles(ReferenceData.newestPatchDirs())) {
      String text = Files.readString(file);
      if (text.length() >= PartedRead.FROM_CHARACTERS) {
        assertSameAsOneScan(text, file.toString());
        files++;
      }
    }
    assertThat(files).isEqualTo(64); // of the newest patches' files, those of 64 Ki characters or more
  }

  /** A document of about 1 KiB, numbered, so that a stream of many passes the size to read in parts. */
  private static String document(int i) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c" + i + "\ndata:\n  blob: \"" + "x".repeat(900) + "\"\n";
  }

  private static String stream(int documents, String separator) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < documents; i++) {
      b.append(i == 0 ? "" : separator).append(document(i));
    }
    return b.toString();
  }

  @Test
  void markersEmptyDocumentsAndCommentsAroundTheCutReadAsInOneScan() {
    assertSameAsOneScan(stream(100, "---\n"), "plain markers");
    assertSameAsOneScan(stream(100, "# before the marker\n---\n# after it\n"), "comments around every marker");
    assertSameAsOneScan(stream(100, "---\n---\n"), "an empty document at every marker");
    assertSameAsOneScan(stream(100, "--- # on the marker\n"), "a comment on every marker");
    assertSameAsOneScan(stream(100, "...\n---\n"), "end markers");
    assertSameAsOneScan(stream(100, "---\r\n"), "CRLF markers");
    assertSameAsOneScan("# head of the stream\n---\n" + stream(100, "--- \n"), "a head comment and a marker first");
    // Dashes that are no marker: inside a value, or followed by more than a space.
    assertSameAsOneScan(stream(100, "---\nnote: |\n  ---\n  text\n---\n") , "dashes inside a block scalar");
    assertSameAsOneScan(stream(100, "---\n----: dashes\n---\n") , "four dashes as a key");
  }

  @Test
  void whatThePartsCouldReadOtherwiseIsReadInOneScan() {
    // Too small, a directive, one document only, a quoted scalar the cut breaks, an error, and limits.
    assertThat(PartedRead.read(stream(10, "---\n"), READER)).isEmpty();
    assertThat(PartedRead.read("%YAML 1.1\n---\n" + stream(100, "---\n"), READER)).isEmpty();
    assertThat(PartedRead.read(document(0) + "more: \"" + "y".repeat(100_000) + "\"\n", READER)).isEmpty();
    // A marker line inside a quoted scalar: the whole is an error, so one part at least fails.
    assertThat(PartedRead.read(stream(50, "---\n") + "---\nq: \"a\n---\nb\"\n---\n" + stream(50, "---\n"), READER))
        .isEmpty();
    assertThat(PartedRead.read(stream(100, "---\n") + "---\nbad: [unclosed\n", READER)).isEmpty();
    ReadLimits few = ReadLimits.defaults().withMaxDocuments(60);
    assertThat(PartedRead.read(stream(100, "---\n"), SourceReader.withLimits(few))).isEmpty();
  }

  @Test
  void theCutIsADocumentStartLineNearTheMiddle() {
    String text = "a: 1\n---\nb: 2\n--- x\nc: 3\n---x\n";
    assertThat(PartedRead.documentStartNear(text, 0)).isEqualTo(5);
    assertThat(PartedRead.documentStartNear(text, 6)).isEqualTo(14);
    assertThat(PartedRead.documentStartNear(text, 15)).isEqualTo(14); // "---x" is no marker: the one before
    assertThat(PartedRead.documentStartNear("a: 1\n", 2)).isEqualTo(-1);
  }
}
