package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.model.manifest.Manifest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpgradeCommandTest {
  private static final Manifest V326 = CalicoManifest.builder().version("v3.26.5").ipv4PoolCidr("10.48.0.0/16").build()
      .withEnv("calico-node", "calico-node", "HTTP_PROXY", "http://proxy:3128");
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return CalicoCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void writesTheUpgradedManifestAndSaysWhatChanged(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("calico.yaml"), V326.toYaml());
    Path target = dir.resolve("new.yaml");
    assertThat(run("upgrade", f.toString(), "--to", "v3.32.1", "--out", target.toString())).as(err.toString()).isEqualTo(0);
    Manifest m = Manifest.read(Files.readString(target));
    assertThat(m.env("calico-node", "calico-node", "HTTP_PROXY")).contains("http://proxy:3128");
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).contains("10.48.0.0/16");
    assertThat(out.toString()).startsWith("# upgrade from v3.26.5 to v3.32.1, preset calico: ")
        .contains("~ image").contains("# your edits: 1 carried, 0 not\ncarried: apps/v1 DaemonSet kube-system/calico-node: add ");
  }

  @Test
  void aDowngradeNeedsAllowDowngrade(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("calico.yaml"), V326.toYaml());
    assertThat(run("upgrade", f.toString(), "--to", "v3.24.6")).isEqualTo(2);
    assertThat(err.toString()).contains("--allow-downgrade").contains("removes");
    err.getBuffer().setLength(0);
    assertThat(run("upgrade", f.toString(), "--to", "v3.24.6", "--allow-downgrade", "--output", "json")).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("downgrade").asBoolean()).isTrue();
    assertThat(json.get("manifest").asText()).contains("calico/node:v3.24.5");
  }

  @Test
  void anEditThatCannotBeCarriedIsExitOneAndTheFileIsStillWritten(@TempDir Path dir) throws Exception {
    // A pinned kube-controllers image: the new release changes that field, so the pin is not carried.
    String pinned = V326.toYaml().replace("image: docker.io/calico/kube-controllers:v3.26.5",
        "image: docker.io/calico/kube-controllers:v3.26.4");
    assertThat(pinned).isNotEqualTo(V326.toYaml());
    Path f = Files.writeString(dir.resolve("calico.yaml"), pinned);
    Path target = dir.resolve("new.yaml");
    assertThat(run("upgrade", f.toString(), "--to", "v3.32.1", "--out", target.toString())).isEqualTo(1);
    assertThat(Files.readString(target)).contains("quay.io/calico/kube-controllers:v3.32.1");
    assertThat(err.toString()).contains("calico upgrade: not carried: apps/v1 Deployment kube-system/calico-kube-controllers:")
        .contains("the new release changed it");
  }

  @Test
  void theUsersCommentsAreCarriedAndTheSummarySaysWhichMoved(@TempDir Path dir) throws Exception {
    String text = V326.toYaml().replaceFirst("\n( *)- name: HTTP_PROXY\n", "\n$1# proxy of the lab\n$1- name: HTTP_PROXY\n")
        .replaceFirst("\nstatus:\n", "\n# the API server fills this in\nstatus:\n");
    assertThat(text).contains("# proxy of the lab").contains("# the API server fills this in");
    Path f = Files.writeString(dir.resolve("calico.yaml"), text);
    Path target = dir.resolve("new.yaml");
    assertThat(run("upgrade", f.toString(), "--to", "v3.32.1", "--out", target.toString())).as(err.toString()).isEqualTo(0);
    assertThat(Files.readString(target)).containsPattern("\n( *)# proxy of the lab\n\\1- name: HTTP_PROXY\n")
        .contains("# the API server fills this in\napiVersion: apiextensions.k8s.io/v1\n");
    assertThat(out.toString()).contains("# your comments: 1 where they were, 1 moved (what they annotate is gone in v3.32.1:")
        .containsPattern("\nmoved: CustomResourceDefinition [a-z.]+ /status: moved to the document's head\n");
    out.getBuffer().setLength(0);
    assertThat(run("upgrade", f.toString(), "--to", "v3.32.1", "--output", "json")).isEqualTo(0);
    JsonNode comments = new ObjectMapper().readTree(out.toString()).get("comments");
    assertThat(comments.get("placed").asInt()).isEqualTo(1);
    assertThat(comments.get("moved").get(0).get("from").asText()).isEqualTo("/status");
  }

  @Test
  void badInputIsExitTwo(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("calico.yaml"), V326.toYaml());
    assertThat(run("upgrade", f.toString(), "--to", "v9.9.9")).isEqualTo(2);
    assertThat(run("upgrade", dir.resolve("none.yaml").toString(), "--to", "v3.32.1")).isEqualTo(2);
  }
}
