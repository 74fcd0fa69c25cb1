package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  private static final String OLD = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: calico-config, namespace: kube-system}\n"
      + "data: {veth_mtu: \"0\"}\n";
  private static final String NEW = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: calico-config, namespace: kube-system}\n"
      + "data: {veth_mtu: \"1410\"}\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: extra, namespace: kube-system}\n";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void restoreTerminal() {
    Terminal.attached = false;
    Terminal.environment = System.getenv();
  }

  private int run(String... args) {
    return CalicoCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
  }

  private String[] files(Path dir, String a, String b) throws Exception {
    Files.writeString(dir.resolve("old.yaml"), a);
    Files.writeString(dir.resolve("new.yaml"), b);
    return new String[] {dir.resolve("old.yaml").toString(), dir.resolve("new.yaml").toString()};
  }

  @Test
  void theItemsOfAListAreComparedAsTheDocumentsTheyAre(@TempDir Path dir) throws Exception {
    String list = "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n"
        + "    metadata: {name: calico-config, namespace: kube-system}\n    data: {veth_mtu: \"1410\"}\n";
    String[] f = files(dir, OLD, list);
    assertThat(run("diff", f[0], f[1], "--color=never")).isEqualTo(1);
    assertThat(out.toString()).contains("@@ v1 ConfigMap kube-system/calico-config @@\n")
        .contains("+/items/0/data/veth_mtu: 1410\n").doesNotContain("List");
    out.getBuffer().setLength(0);
    f = files(dir, OLD, list.replace("1410", "0"));
    assertThat(run("diff", f[0], f[1])).isEqualTo(0);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void equalManifestsExitZeroWithNoOutput(@TempDir Path dir) throws Exception {
    String[] f = files(dir, OLD, OLD);
    assertThat(run("diff", f[0], f[1])).isEqualTo(0);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void differencesAreUnifiedTextWithoutColourOffATerminal(@TempDir Path dir) throws Exception {
    String[] f = files(dir, OLD, NEW);
    assertThat(run("diff", f[0], f[1])).isEqualTo(1);
    assertThat(out.toString()).isEqualTo("--- " + f[0] + "\n+++ " + f[1] + "\n"
        + "@@ v1 ConfigMap kube-system/calico-config @@\n"
        + "-/data/veth_mtu: 0\n"
        + "+/data/veth_mtu: 1410\n"
        + "@@ +v1 ServiceAccount kube-system/extra (added document) @@\n"
        + "documents: 1 changed, 1 added, 0 removed\n");
  }

  @Test
  void colourOnATerminalUnlessNoColourIsSet(@TempDir Path dir) throws Exception {
    String[] f = files(dir, OLD, NEW);
    Terminal.attached = true;
    Terminal.environment = Map.of();
    run("diff", f[0], f[1]);
    assertThat(out.toString()).contains("\u001b[31m-/data/veth_mtu: 0\u001b[0m");
    out.getBuffer().setLength(0);
    Terminal.environment = Map.of("NO_COLOR", "1");
    run("diff", f[0], f[1]);
    assertThat(out.toString()).doesNotContain("\u001b[");
    out.getBuffer().setLength(0);
    run("diff", "--color=always", f[0], f[1]);
    assertThat(out.toString()).contains("\u001b[32m");
  }

  @Test
  void jsonListsEveryChange(@TempDir Path dir) throws Exception {
    String[] f = files(dir, OLD, NEW);
    assertThat(run("diff", "--output", "json", f[0], f[1])).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("equal").asBoolean()).isFalse();
    assertThat(json.at("/documents/0/fields/0/path").asText()).isEqualTo("/data/veth_mtu");
    assertThat(json.at("/documents/0/fields/0/after").asText()).isEqualTo("1410");
    assertThat(json.at("/documents/1/change").asText()).isEqualTo("added");
  }

  @Test
  void unreadableInputIsExitTwo(@TempDir Path dir) throws Exception {
    String[] f = files(dir, OLD, "a: [\n");
    assertThat(run("diff", f[0], f[1])).isEqualTo(2);
    assertThat(run("diff", f[0], dir.resolve("missing.yaml").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file").contains("new.yaml");
  }
}
