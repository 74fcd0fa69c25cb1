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
    assertThat(err.toString()).contains("no such file", "duplicate");
  }

  @Test
  void noFileIsBadUsage() {
    assertThat(run("", "validate")).isEqualTo(2);
    assertThat(List.of(err.toString())).isNotEmpty();
  }
}
