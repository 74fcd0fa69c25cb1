package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.calicokit.model.testing.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF output judged against the SARIF 2.1.0 JSON Schema itself, with networknt, where the package
 * that ships it is installed (.ci/run installs tools/sarif-schema; skipped with a message otherwise),
 * and against what SARIF 2.1.0 requires, property by property, everywhere: version and runs; each run's
 * tool.driver.name; each result's message.text; locations with a URI and 1-based region.
 *
 * <p>The package, npm's {@code @microsoft/jest-sarif}, ships the schema as its 2.1.0-rtm.5 (draft-04),
 * the text OASIS approved; the errata of 2.1.0 add a {@code type} beside each enum, let {@code runs}
 * be null, require a region to have a start and loosen the language pattern, so this output meets them
 * too where the property checks below do not already say so (regions always have startLine).
 */
class SarifFormatTest {
  private static final String POOL_WITH_TYPO =
      "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: pool-a\nspec:\n"
          + "  cidr: 10.10.0.0/16\n  natOutgoin: true\n";

  @Test
  void findingsAndUnreadableInputsAreResultsWithTheRequiredProperties() throws Exception {
    StringWriter out = new StringWriter();
    int exit = CalicoCli.run(new String[] {"validate", "--output", "sarif", "-", "no such dir/missing file.yaml"},
        new ByteArrayInputStream(POOL_WITH_TYPO.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
        new PrintWriter(new StringWriter()));
    assertThat(exit).isEqualTo(2);
    JsonNode log = new ObjectMapper().readTree(out.toString());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).isEqualTo(SarifFormat.SCHEMA);
    assertThat(log.get("runs")).hasSize(1);
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("calico");
    assertThat(driver.get("version").asText()).isEqualTo(CalicoCli.VERSION);
    JsonNode results = run.get("results");
    assertThat(results).hasSize(3); // the typo, a note (a CEL transition rule not checked) and the missing file
    for (JsonNode r : results) {
      assertThat(r.get("message").get("text").asText()).isNotBlank();
      assertThat(r.get("level").asText()).isIn("none", "note", "warning", "error");
      int index = r.get("ruleIndex").asInt();
      assertThat(driver.get("rules").get(index).get("id").asText()).isEqualTo(r.get("ruleId").asText());
      JsonNode physical = r.get("locations").get(0).get("physicalLocation");
      assertThat(physical.get("artifactLocation").get("uri").asText()).doesNotContain(" ");
      if (physical.has("region")) {
        assertThat(physical.get("region").get("startLine").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(physical.get("region").get("startColumn").asInt()).isGreaterThanOrEqualTo(1);
      }
    }
    JsonNode typo = results.get(0);
    assertThat(typo.get("ruleId").asText()).isEqualTo("schema.unknown-field");
    assertThat(typo.get("level").asText()).isEqualTo("error");
    assertThat(typo.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
    assertThat(typo.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("IPPool/pool-a/spec/natOutgoin");
    assertThat(results.get(1).get("level").asText()).isEqualTo("note");
    assertThat(results.get(2).get("ruleId").asText()).isEqualTo("input.unreadable");
    assertThat(results.get(2).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("no%20such%20dir/missing%20file.yaml");
  }

  /** Where .ci/run's {@code npm ci --prefix tools/sarif-schema} puts the schema. */
  private static final Path SARIF_SCHEMA =
      Paths.get("..", "tools", "sarif-schema", "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json");

  @Test
  void everyKindOfOutputIsValidAgainstTheSarifSchemaThatAPackageShips(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isRegularFile(SARIF_SCHEMA), "the SARIF 2.1.0 schema is not installed (.ci/run installs it with"
        + " npm ci --prefix tools/sarif-schema): skipping its check, the required properties are checked above");
    ObjectMapper json = new ObjectMapper();
    JsonNode schemaTree = json.readTree(SARIF_SCHEMA.toFile());
    assertThat(schemaTree.get("title").asText()).contains("SARIF").contains("2.1.0");
    Schema schema = SchemaRegistry.withDialect(Dialects.getDraft4()).getSchema(schemaTree);
    Path official = ReferenceData.root().resolve("v3.32.1/manifests/calico.yaml");
    Path notYaml = Files.writeString(dir.resolve("broken.yaml"), "a: [\n");
    List<List<String>> runs = List.of(
        List.of("-"),                                                    // errors and a note, with regions
        List.of(official.toString()),                                    // Calico's own file
        List.of(official.toString(), notYaml.toString(), dir.resolve("missing.yaml").toString()),  // unreadable inputs
        List.of(Files.writeString(dir.resolve("empty.yaml"), "").toString()));                  // no result at all
    for (List<String> inputs : runs) {
      StringWriter out = new StringWriter();
      String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("validate", "--output", "sarif"),
          inputs.stream()).toArray(String[]::new);
      CalicoCli.run(args, new ByteArrayInputStream(POOL_WITH_TYPO.getBytes(StandardCharsets.UTF_8)),
          new PrintWriter(out), new PrintWriter(new StringWriter()));
      JsonNode log = json.readTree(out.toString());
      List<Error> errors = schema.validate(log);
      assertThat(errors).as("SARIF of %s: %s", inputs, errors).isEmpty();
    }
    // The check has teeth: a log without a driver's name and with a level SARIF lacks is refused.
    JsonNode bad = json.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},"
        + "\"results\":[{\"message\":{\"text\":\"x\"},\"level\":\"fatal\"}]}]}");
    assertThat(schema.validate(bad)).hasSizeGreaterThanOrEqualTo(2);
  }
}
