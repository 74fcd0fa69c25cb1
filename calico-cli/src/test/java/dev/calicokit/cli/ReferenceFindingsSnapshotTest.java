package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calicokit.model.testing.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The findings of {@code calico validate} on every official file of every release equal the snapshot
 * in {@code reference-findings.tsv}, taken before the one-currency redesign: refactoring the options,
 * parsers, regex engine and rules must not change a single finding. A change meant to change findings
 * updates the snapshot with it, so the diff of the snapshot shows what changed: run this test with
 * {@code -Dcalico.snapshot.update=true} to rewrite the file from what the validator says now, then read
 * its diff before committing it.
 */
class ReferenceFindingsSnapshotTest {
  @Test
  void everyOfficialFileGivesTheFindingsOfTheSnapshot() throws IOException {
    Path root = ReferenceData.root();
    List<String> args = new ArrayList<>(List.of("validate", "--output", "json"));
    for (Path f : ReferenceData.manifestFiles(ReferenceData.releaseDirs())) {
      args.add(f.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CalicoCli.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out), new PrintWriter(err));
    assertThat(exit).as(err.toString()).isIn(CalicoCli.OK, CalicoCli.FINDINGS);

    List<String> actual = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(out.toString())) {
      String file = root.relativize(Paths.get(f.path("file").asText())).toString();
      List<String> fields = new ArrayList<>(List.of(file));
      for (String key : List.of("document", "kind", "name", "path", "line", "column", "severity", "rule", "message")) {
        fields.add(f.path(key).isNull() || f.path(key).isMissingNode() ? "null" : f.path(key).asText());
      }
      actual.add(String.join("\t", fields));
    }
    if (Boolean.getBoolean("calico.snapshot.update")) {
      rewrite(actual);
    }
    assertThat(actual).containsExactlyElementsOf(snapshot());
  }

  /** Rewrites the snapshot in the source tree, keeping its comment lines. */
  private static void rewrite(List<String> actual) throws IOException {
    Path file = Paths.get("src/test/resources/reference-findings.tsv");
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("#")).toList());
    lines.addAll(actual);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }


  private static List<String> snapshot() throws IOException {
    return Files.readAllLines(Paths.get("src/test/resources/reference-findings.tsv"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#")).toList();
  }
}
