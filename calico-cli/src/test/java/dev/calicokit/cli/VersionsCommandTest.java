package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class VersionsCommandTest {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CalicoCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void listsEveryReleaseByMinor() {
    Run r = run("versions", "--list");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSize(10).first().isEqualTo("v3.21: v3.21.1");
    assertThat(r.out()).contains("v3.31: v3.31.0, v3.31.1, v3.31.2, v3.31.3, v3.31.4, v3.31.5, v3.31.6, v3.31.7\n");
  }

  @Test
  void comparesTwoReleasesAsTextAndJson() throws Exception {
    Run text = run("versions", "--from", "v3.31.3", "--to", "v3.31.4");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith("v3.31.4 (from v3.31.3)\n")
        .contains("+ CRD property FelixConfiguration (crd.projectcalico.org/v1) spec.logActionRateLimit\n");
    Run json = run("versions", "--from", "v3.31.3", "--to", "v3.31.4", "--preset", "crds", "--output", "json");
    JsonNode tree = new ObjectMapper().readTree(json.out());
    assertThat(tree).hasSize(1);
    assertThat(tree.get(0).path("presets").fieldNames()).toIterable().containsExactly("crds");
    assertThat(tree.get(0).path("presets").path("crds")).anySatisfy(c -> {
      assertThat(c.path("kind").asText()).isEqualTo("CRD_PROPERTY");
      assertThat(c.path("action").asText()).isEqualTo("ADDED");
      assertThat(c.path("subject").asText()).endsWith("spec.logActionRateLimitBurst");
    });
  }

  @Test
  void anUnknownReleaseIsBadInputListingTheKnownOnes() {
    Run r = run("versions", "--from", "v3.31.9", "--to", "v3.32.1");
    assertThat(r.exit()).isEqualTo(CalicoCli.BAD_INPUT);
    assertThat(r.err()).contains("unknown Calico release 'v3.31.9'; known: v3.21.1, v3.24.0");
  }
}
