package dev.calicokit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.io.SourceDocument;
import dev.calicokit.model.io.SourceReader;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One scan through {@link CommentTeeParser} gives the trees the tree reader gives alone and the
 * comments {@link CommentReader}'s own pass gives: on the official manifests of the newest patch of
 * every minor (every comment line of every release goes through it in the fmt tests) and on streams
 * with comments in every place a comment can stand.
 */
class CommentTeeParserTest {
  @Test
  void theOfficialManifestsReadAsTwoPassesReadThem() throws IOException {
    int files = 0;
    for (Path file : ReferenceData.manifestFiles(ReferenceData.newestPatchDirs())) {
      assertSameAsTwoPasses(Files.readString(file), file.toString());
      files++;
    }
    assertThat(files).isGreaterThan(80);
  }

  @Test
  void commentsInEveryPlaceReadAsTwoPassesReadThem() {
    for (String yaml : List.of(
        "# only comments\n# and nothing else\n",
        "# head\napiVersion: v1 # end of line\n# before kind\nkind: ConfigMap\ndata:\n  a: |\n    # not a comment\n    text\n  # before b\n  b: x\n# tail\n",
        "---\n# empty document's comment\n---\nkind: A\n...\n# after the end marker\n---\nlist:\n  # before an item\n  - a # after it\n  - {x: 1} # flow\n# last\n",
        "a: 'quoted # not a comment'\nb: \"also # not\" # but this is\n",
        "--- # on the marker\nk: v\n")) {
      assertSameAsTwoPasses(yaml, yaml);
    }
  }

  private static void assertSameAsTwoPasses(String text, String what) {
    List<SourceDocument> plain = SourceReader.withDefaults().read(text);
    CommentReader separate = CommentReader.read(text);
    List<SourceDocument> teed = new ArrayList<>();
    CommentReader.Collector collector = new CommentReader.Collector();
    SourceReader.withDefaults().read(text, body -> CommentTeeParser.over(body, collector), teed::add);
    CommentReader together = collector.result();
    assertThat(teed).as(what).isEqualTo(plain);
    for (int i = 0; i <= plain.size(); i++) {
      assertThat(together.document(i).toList()).as("%s document %d", what, i).isEqualTo(separate.document(i).toList());
    }
    assertThat(together.orphans()).as(what).isEqualTo(separate.orphans());
  }
}
