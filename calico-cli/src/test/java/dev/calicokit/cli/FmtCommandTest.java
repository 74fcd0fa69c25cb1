package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    return CalicoCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err));
  }

  private static final String MESSY =
      "# a comment\r\n---\r\nkind: ConfigMap\r\napiVersion: v1\r\nmetadata: {name: calico-config, namespace: kube-system}\r\n"
          + "data:\r\n  veth_mtu: \"0\"\r\n  typha_service_name: none\r\n---\r\n";
  private static final String CANONICAL =
      "# a comment\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: calico-config\n  namespace: kube-system\n"
          + "data:\n  veth_mtu: \"0\"\n  typha_service_name: none\n";

  @Test
  void formatsStandardInput() {
    assertThat(run(MESSY, "fmt", "-")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo(CANONICAL);
  }

  @Test
  void aSpecWithNoValueFormatsAndValidates() {
    // As in confd's calicoctl test data: calicoctl reads "spec:" as an empty spec.
    String text = "apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata:\n  name: default\nspec:\n";
    assertThat(run(text, "fmt", "-")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo(text.replace("spec:\n", "spec: null\n"));
    assertThat(run(text, "validate", "--version", "v3.31", "-")).as(err.toString()).isEqualTo(0);
  }

  @Test
  void aPoolWithoutItsCidrIsNamedByItsPointerLineAndColumn() {
    String text = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  natOutgoing: true\n";
    assertThat(run(text, "fmt", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("line 5").contains("/spec/cidr")
        .contains("required field \"cidr\" is missing: expected a value, found none");
  }

  @Test
  void checkListsFilesThatAreNotCanonicalAndInPlaceFixesThem(@TempDir Path dir) throws Exception {
    Path messy = dir.resolve("messy.yaml");
    Path clean = dir.resolve("clean.yaml");
    Files.writeString(messy, MESSY);
    Files.writeString(clean, CANONICAL);
    assertThat(run("", "fmt", "--check", messy.toString(), clean.toString())).isEqualTo(1);
    assertThat(out.toString()).isEqualTo(messy + System.lineSeparator());
    assertThat(run("", "fmt", "--in-place", messy.toString())).isEqualTo(0);
    assertThat(Files.readString(messy)).isEqualTo(CANONICAL);
    assertThat(run("", "fmt", "--check", messy.toString(), clean.toString())).isEqualTo(1 - 1);
  }

  @Test
  void checkAcceptsWhatTheCodecWrites(@TempDir Path dir) throws Exception {
    // The README's resources example, with a selector that Jackson's YAML writer single-quoted and
    // fmt double-quotes: now the codec and fmt share one YAML writer.
    IPPool pool = IPPool.ofCidr("default-ipv4-ippool", "10.244.0.0/16");
    pool = pool.withSpec(pool.spec().withVxlanMode(EncapsulationMode.ALWAYS).withBlockSize(24));
    Rule dns = Rule.allow().withProtocol(Protocol.UDP)
        .withDestination(EntityRule.selecting("k8s-app == 'kube-dns'").withPorts(Port.number(53)));
    GlobalNetworkPolicy deny = GlobalNetworkPolicy.defaultDeny("default-deny");
    deny = deny.withSpec(deny.spec().withEgress(dns)
        .withIngress(Rule.allow().withSource(EntityRule.selecting("!has(quarantine)"))));
    Path file = dir.resolve("resources.yaml");
    Files.writeString(file, CalicoCodec.yaml().writeAll(List.of(pool, deny)));
    assertThat(run("", "fmt", "--check", file.toString())).isEqualTo(0);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unreadableInputExitsTwoWithFileDocumentLineAndColumn(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  a: 1\n  a: 2\n");
    assertThat(run("", "fmt", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(bad.toString(), "line 8", "document 1", "duplicate");
    assertThat(err.toString().trim().lines().count()).isEqualTo(1);
  }

  @Test
  void aMultiFileRunWritesEveryGoodFileNamesEachBadOneAndExitsTwo(@TempDir Path dir) throws Exception {
    Path first = Files.writeString(dir.resolve("a.yaml"), MESSY);
    Path bad = Files.writeString(dir.resolve("b.yaml"), "data:\n  a: 1\n  a: 2\n");
    Path missing = dir.resolve("c.yaml");
    Path last = Files.writeString(dir.resolve("d.yaml"), MESSY);
    assertThat(run("", "fmt", "--in-place", first.toString(), bad.toString(), missing.toString(), last.toString()))
        .isEqualTo(2);
    assertThat(Files.readString(first)).isEqualTo(CANONICAL);
    assertThat(Files.readString(last)).isEqualTo(CANONICAL);
    assertThat(err.toString().lines()).hasSize(2)
        .anySatisfy(l -> assertThat(l).contains(bad.toString(), "duplicate"))
        .anySatisfy(l -> assertThat(l).contains(missing.toString(), "no such file"));
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(run("", "fmt")).isEqualTo(2);
    assertThat(run("", "fmt", "--check", "--in-place", "x")).isEqualTo(2);
    assertThat(run("", "fmt", "/no/such/file.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("no such file");
    assertThat(run("", "fmt", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("--in-place", "--check", "Exit codes");
  }

  @Test
  void refusesAValueKubernetesReadsAsNoStringNamingTheField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cm.yaml");
    String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: yes\n";
    Files.writeString(file, text);
    assertThat(run("", "fmt", "--in-place", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("line 6, column 3", "/data/a", "the boolean true", "takes a string")
        .doesNotContain("java.", "Exception");
    assertThat(Files.readString(file)).isEqualTo(text);
  }

  @Test
  void inPlaceKeepsEveryCommentLineOfTheOfficialManifest(@TempDir Path dir) throws Exception {
    Path official = dev.calicokit.model.testing.ReferenceData.root().resolve("v3.32.1/manifests/calico.yaml");
    Path file = dir.resolve("calico.yaml");
    Files.copy(official, file);
    assertThat(run("", "fmt", "--in-place", file.toString())).isEqualTo(0);
    java.util.Set<String> after = Files.readAllLines(file).stream().map(String::strip).collect(java.util.stream.Collectors.toSet());
    List<String> comments = Files.readAllLines(official).stream().map(String::strip).filter(l -> l.startsWith("#")).toList();
    assertThat(comments).hasSizeGreaterThan(100);
    assertThat(comments).allSatisfy(c -> assertThat(after).contains(c));
  }

  @Test
  void schemaCommentNamesWhatCalicoSchemaWroteAndWorksWithCheckAndInPlace(@TempDir Path dir) throws Exception {
    assertThat(run("", "schema", "--version", "v3.32.1", "--out", dir.resolve("schemas").toString())).isEqualTo(0);
    out.getBuffer().setLength(0);
    Path file = Files.createDirectories(dir.resolve("k8s")).resolve("pool.yaml");
    String pool = "apiVersion: crd.projectcalico.org/v1\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: 10.0.0.0/16\n";
    Files.writeString(file, CANONICAL + "---\n" + pool);
    String base = dir.resolve("schemas").toString();
    String line = "# yaml-language-server: $schema=../schemas/crd.projectcalico.org/ippool_v1.json\n";
    String commented = CANONICAL + "---\n" + line + pool;

    assertThat(run("", "fmt", "--check", "--schema-comment", "--schema-base", base, file.toString())).isEqualTo(1);
    assertThat(out.toString()).isEqualTo(file + System.lineSeparator());
    assertThat(run("", "fmt", "--in-place", "--schema-comment", "--schema-base", base, file.toString())).isEqualTo(0);
    assertThat(Files.readString(file)).isEqualTo(commented);
    assertThat(dir.resolve("k8s").resolve(line.substring(line.indexOf('=') + 1).strip())).isRegularFile();
    assertThat(run("", "fmt", "--check", "--schema-comment", "--schema-base", base, file.toString())).isEqualTo(0);
    // A later plain fmt keeps the line; one with another base puts that in its place.
    assertThat(run("", "fmt", "--check", file.toString())).isEqualTo(0);
    assertThat(run("", "fmt", "--in-place", "--schema-comment", "--schema-base", "https://example.com/s", file.toString()))
        .isEqualTo(0);
    assertThat(Files.readString(file))
        .isEqualTo(commented.replace("../schemas/", "https://example.com/s/"));
  }

  @Test
  void schemaCommentWithoutABaseOrWithAMissingFolderIsBadUsage(@TempDir Path dir) {
    assertThat(run(CANONICAL, "fmt", "--schema-comment", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("--schema-comment needs --schema-base");
    assertThat(run(CANONICAL, "fmt", "--schema-base", "https://example.com", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("only with --schema-comment");
    assertThat(run(CANONICAL, "fmt", "--schema-comment", "--schema-base", dir.resolve("none").toString(), "-")).isEqualTo(2);
    assertThat(err.toString()).contains("no such folder").doesNotContain("Exception");
  }
}
