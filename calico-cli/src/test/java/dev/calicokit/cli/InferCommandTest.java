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

class InferCommandTest {
  private static final Manifest RENDERED = CalicoManifest.builder().version("v3.26.5").ipv4PoolCidr("10.48.0.0/16")
      .ipAutodetectionMethod("interface=eth0,eth1").build();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return CalicoCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void printsTheOptionsAsRenderArgumentsAndJava(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("calico.yaml"), RENDERED.toYaml());
    assertThat(run("infer", f.toString())).as(err.toString()).isEqualTo(0);
    assertThat(out.toString()).startsWith("# Calico v3.26.5, preset calico: the options reproduce " + f + " exactly\n"
        + "calico render --preset calico \\\n  --version v3.26.5 \\\n  --set ipv4PoolCidr=10.48.0.0/16 \\\n"
        + "  --set ipAutodetectionMethod=interface=eth0,eth1\n")
        .contains(".set(Options.IPV4_POOL_CIDR, Cidr.parse(\"10.48.0.0/16\"))")
        .doesNotContain("residue");
  }

  @Test
  void residueIsPrintedAsADiffAndExitsOne(@TempDir Path dir) throws Exception {
    Manifest edited = RENDERED.withEnv("calico-node", "calico-node", "HTTP_PROXY", "http://proxy:3128");
    Path f = Files.writeString(dir.resolve("calico.yaml"), edited.toYaml());
    assertThat(run("infer", f.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("# residue: what the options do not express (1 change)")
        .contains("+/spec/template/spec/containers/0/env/")
        .contains("# env vars Calico's manifest does not define: HTTP_PROXY (DaemonSet calico-node, /spec/template/spec/containers/0)");
    out.getBuffer().setLength(0);
    assertThat(run("infer", "--output", "json", f.toString())).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("exact").asBoolean()).isFalse();
    assertThat(json.at("/residue/documents/0/fields/0/after/name").asText()).isEqualTo("HTTP_PROXY");
  }

  @Test
  void aFileWithoutCalicoIsExitTwo(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("x.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
    assertThat(run("infer", f.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot tell the Calico release");
  }
}
