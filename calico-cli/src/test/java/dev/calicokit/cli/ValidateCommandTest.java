package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String POOL_WITH_TYPO =
      "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: pool-a\nspec:\n"
          + "  cidr: 10.10.0.0/16\n  natOutgoin: true\n";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    return CalicoCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err));
  }

  private static Path reference(String relative) {
    String dir = System.getProperty("calico.reference.dir");
    assumeTrue(dir != null && Files.isDirectory(Paths.get(dir)), "Calico reference data not found; skipping");
    return Paths.get(dir, relative);
  }

  @Test
  void officialManifestsValidateCleanInOneCall() {
    Path a = reference("v3.32.1/manifests/calico.yaml");
    Path b = reference("v3.28.5/manifests/calico-typha.yaml");
    assertThat(run("", "validate", a.toString(), b.toString())).as(err.toString() + out).isEqualTo(0);
    assertThat(out.toString()).contains("0 errors");
  }

  @Test
  void anErrorExitsOneAndJsonCarriesTheStableKeys() throws Exception {
    assertThat(run(POOL_WITH_TYPO, "validate", "--output", "json", "-")).isEqualTo(1);
    JsonNode findings = new ObjectMapper().readTree(out.toString());
    assertThat(findings.isArray()).isTrue();
    JsonNode first = findings.get(0);
    assertThat(StreamSupport.stream(((Iterable<String>) first::fieldNames).spliterator(), false).toList())
        .containsExactly("file", "document", "kind", "name", "path", "line", "column", "severity", "rule", "message");
    assertThat(first.get("file").asText()).isEqualTo("-");
    assertThat(first.get("document").asInt()).isEqualTo(0);
    assertThat(first.get("kind").asText()).isEqualTo("IPPool");
    assertThat(first.get("name").asText()).isEqualTo("pool-a");
    assertThat(first.get("path").asText()).isEqualTo("/spec/natOutgoin");
    assertThat(first.get("line").asInt()).isEqualTo(7);
    assertThat(first.get("column").asInt()).isEqualTo(3);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("rule").asText()).isEqualTo("schema.unknown-field");
  }

  @Test
  void textOutputNamesFileLineAndRule(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("pool.yaml");
    Files.writeString(f, POOL_WITH_TYPO);
    assertThat(run("", "validate", f.toString())).isEqualTo(1);
    assertThat(out.toString()).contains(f + ":7:3: error: ", "[schema.unknown-field]", "IPPool pool-a", "1 error");
  }

  @Test
  void aClusterCidrWithoutPrefixLengthExitsTwoNamingIt() {
    assertThat(run(POOL_WITH_TYPO, "validate", "--cluster-cidr", "10.42.0.0", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("--cluster-cidr", "\"10.42.0.0\" is not a CIDR with a prefix length");
  }

  @Test
  void unsupportedVersionAndUnreadableInputExitTwo(@TempDir Path dir) throws Exception {
    assertThat(run(POOL_WITH_TYPO, "validate", "--version", "v2.9", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("unsupported version 'v2.9'", "v3.21", "v3.32");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "a: 1\na: 2\n");
    assertThat(run("", "validate", bad.toString())).isEqualTo(2);
    assertThat(run("", "validate", dir.resolve("missing.yaml").toString())).isEqualTo(2);
    assertThat(out.toString()).contains("no such file [input.unreadable]", "duplicate", "[input.unparseable]")
        .doesNotContain("0 errors");
  }

  @Test
  void unreadableInputsAreFindingsInEveryFormatAndOnlyReadInputsAreSummed(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("pool.yaml"), POOL_WITH_TYPO);
    String missing = dir.resolve("missing.yaml").toString();
    assertThat(run("", "validate", good.toString(), missing)).isEqualTo(2);
    assertThat(out.toString()).contains(missing + ": error: no such file [input.unreadable] (document 0)")
        .endsWith("1 error, 0 warnings, 1 info\n"); // the pool's findings: the missing file is not summed
    out.getBuffer().setLength(0);
    assertThat(run("", "validate", "--output", "json", missing)).isEqualTo(2);
    JsonNode findings = new ObjectMapper().readTree(out.toString());
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.get("file").asText()).isEqualTo(missing);
      assertThat(f.get("rule").asText()).isEqualTo("input.unreadable");
      assertThat(f.get("severity").asText()).isEqualTo("error");
    });
  }

  @Test
  void aFolderIsReadRecursivelyAndItsFilesJudgedInNameOrder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("nested"));
    Files.writeString(dir.resolve("nested/b.yml"), POOL_WITH_TYPO);
    Files.writeString(dir.resolve("a.json"), "{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"IPPool\","
        + " \"metadata\": {\"name\": \"ok\"}, \"spec\": {\"cidr\": \"10.1.0.0/16\"}}");
    Files.writeString(dir.resolve("README.md"), "not a manifest");
    assertThat(run("", "validate", dir.toString())).isEqualTo(1);
    assertThat(out.toString()).contains(dir.resolve("nested/b.yml") + ":7:3: error: ").doesNotContain("README");
  }

  @Test
  void strictMakesKindsOfUnknownGroupsErrors() {
    String widget = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n";
    assertThat(run(widget, "validate", "-")).isEqualTo(0);
    assertThat(out.toString()).contains("info: ", "[schema.unknown-kind]");
    out.getBuffer().setLength(0);
    assertThat(run(widget, "validate", "--strict", "-")).isEqualTo(1);
    assertThat(out.toString()).contains("error: ", "(an error under --strict) [schema.unknown-kind]", "1 error");
  }

  @Test
  void skipKindLeavesThatKindsFindingsOut() {
    assertThat(run(POOL_WITH_TYPO, "validate", "--skip-kind", "ippool", "-")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo("0 errors, 0 warnings, 0 infos\n");
  }

  @Test
  void summaryPrintsOnlyTheCounts() {
    assertThat(run(POOL_WITH_TYPO, "validate", "--summary", "-")).isEqualTo(1);
    assertThat(out.toString()).isEqualTo("1 error, 0 warnings, 1 info\n");
  }

  @Test
  void failFastStopsAfterTheFirstInputWithAnError(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.yaml"), POOL_WITH_TYPO);
    Path b = Files.writeString(dir.resolve("b.yaml"), POOL_WITH_TYPO);
    assertThat(run("", "validate", "--fail-fast", a.toString(), b.toString())).isEqualTo(1);
    assertThat(out.toString()).contains(a.toString()).doesNotContain(b.toString());
  }

  @Test
  void jobsGiveTheSameOutputInTheInputsOrder(@TempDir Path dir) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("validate"));
    for (int i = 0; i < 6; i++) {
      args.add(Files.writeString(dir.resolve("p" + i + ".yaml"), i % 2 == 0 ? POOL_WITH_TYPO : "").toString());
    }
    assertThat(run("", args.toArray(String[]::new))).isEqualTo(1);
    String sequential = out.toString();
    out.getBuffer().setLength(0);
    args.add(1, "--jobs=3");
    assertThat(run("", args.toArray(String[]::new))).isEqualTo(1);
    assertThat(out.toString()).isEqualTo(sequential).contains("3 errors");
    assertThat(run("", "validate", "--jobs", "0", "-")).isEqualTo(2);
  }

  @Test
  void noFileIsBadUsage() {
    assertThat(run("", "validate")).isEqualTo(2);
    assertThat(List.of(err.toString())).isNotEmpty();
  }
}
