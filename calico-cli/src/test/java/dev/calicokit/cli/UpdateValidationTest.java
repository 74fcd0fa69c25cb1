package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calicokit.model.testing.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateValidationTest {
  private static final String POOL = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata: {name: p}\n"
      + "spec: {cidr: %s, natOutgoing: true}\n";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return CalicoCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void aChangedPoolCidrIsAnErrorOnUpdate(@TempDir Path dir) throws Exception {
    Path old = Files.writeString(dir.resolve("old.yaml"), POOL.formatted("10.0.0.0/16"));
    Path next = Files.writeString(dir.resolve("new.yaml"), POOL.formatted("10.9.0.0/16"));
    assertThat(run("validate", "--version", "v3.32", next.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("cel.transition-skipped");
    out.getBuffer().setLength(0);
    assertThat(run("validate", "--version", "v3.32", "--previous", old.toString(), next.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("calico.ippool.cidr-immutable").contains("cel.rule").doesNotContain("transition-skipped");
  }

  @Test
  void findingsOnRemovedDocumentsNameTheInstalledFile(@TempDir Path dir) throws Exception {
    Path official = ReferenceData.root().resolve("v3.32.1/manifests/calico.yaml");
    Path old = Files.writeString(dir.resolve("old.yaml"), Files.readString(official)
        + "---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: extra, namespace: kube-system}\n");
    assertThat(run("validate", "--output", "json", "--previous", old.toString(), official.toString())).isEqualTo(0);
    JsonNode findings = new ObjectMapper().readTree(out.toString());
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.get("rule").asText()).isEqualTo("update.not-deleted-by-apply");
      assertThat(f.get("file").asText()).isEqualTo(old.toString());
      assertThat(f.get("message").asText()).contains("kubectl delete serviceaccount extra -n kube-system");
    });
    assertThat(findings).noneMatch(f -> f.get("rule").asText().equals("cel.transition-skipped"));
  }

  @Test
  void previousTakesOneFile(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.yaml"), POOL.formatted("10.0.0.0/16"));
    assertThat(run("validate", "--previous", a.toString(), a.toString(), a.toString())).isEqualTo(2);
    assertThat(run("validate", "--previous", dir.resolve("none.yaml").toString(), a.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("exactly one FILE").contains("no such file");
  }
}
