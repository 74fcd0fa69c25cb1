package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * SARIF output holds what SARIF 2.1.0 requires (no package on Maven Central or npm that this build
 * uses ships the schema, so its required properties are checked one by one): version and runs; each
 * run's tool.driver.name; each result's message.text; locations with a URI and 1-based region.
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
}
