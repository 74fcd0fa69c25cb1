package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.ReferenceData;
import dev.calicokit.schemas.JsonSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommentsTest {
  private static final String POOL = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: 10.0.0.0/16\n";
  private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n";
  private static final SchemaComments EXAMPLE =
      new SchemaComments(SchemaBase.parse("https://schemas.example.com/calico/v3.32.1/"));
  private static final String POOL_LINE =
      "# yaml-language-server: $schema=https://schemas.example.com/calico/v3.32.1/projectcalico.org/ippool_v3.json";

  private static String write(String yaml) {
    return EXAMPLE.write(Manifest.read(yaml), Path.of("."));
  }

  @Test
  void headsEachCalicoDocumentWithItsSchemaAndLeavesBuiltInKindsAlone() {
    String crdPool = POOL.replace("projectcalico.org/v3", "crd.projectcalico.org/v1");
    String out = write(CONFIG_MAP + "---\n" + POOL + "---\n" + crdPool);
    assertThat(out).isEqualTo(CONFIG_MAP + "---\n" + POOL_LINE + "\n" + POOL + "---\n"
        + POOL_LINE.replace("projectcalico.org/ippool_v3", "crd.projectcalico.org/ippool_v1") + "\n" + crdPool);
  }

  @Test
  void keepsTheLineOnceUpdatesAStaleOneInPlaceAndDropsDuplicates() {
    String once = write(POOL);
    assertThat(write(once)).isEqualTo(once);
    String stale = "# owned by the network team\n# yaml-language-server: $schema=../old/ippool_v3.json\n# keep this\n"
        + "#   $schema: intellij-form.json\n" + POOL;
    assertThat(write(stale)).isEqualTo("# owned by the network team\n" + POOL_LINE + "\n# keep this\n" + POOL);
    // A comment that only mentions the language server is no modeline to it, and stays.
    String mention = "#yaml-language-server needs a space after '#'\n" + POOL;
    assertThat(write(mention)).isEqualTo(POOL_LINE + "\n" + mention);
  }

  @Test
  void theLineIsAnOrdinaryHeadCommentThatPlainFmtKeeps() {
    String out = write("# a\n" + POOL + "---\n" + CONFIG_MAP + "# tail\n");
    assertThat(Manifest.read(out).toYaml()).isEqualTo(out);
  }

  @Test
  void aFolderBaseIsNamedRelativeToTheFileAndOnlyForSchemasItHolds(@TempDir Path dir) throws Exception {
    Path schemas = Files.createDirectories(dir.resolve("schemas/projectcalico.org"));
    Files.writeString(schemas.resolve("ippool_v3.json"), "{}");
    Path manifests = Files.createDirectories(dir.resolve("k8s/prod"));
    SchemaComments comments = new SchemaComments(SchemaBase.parse(dir.resolve("schemas").toString()));
    String tier = "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: t\n";
    assertThat(comments.write(Manifest.read(POOL + "---\n" + tier), manifests))
        .isEqualTo("# yaml-language-server: $schema=../../schemas/projectcalico.org/ippool_v3.json\n" + POOL + "---\n" + tier);
  }

  @Test
  void namesTheFileCalicoSchemaWritesForEachKindAndNoneForOthers() {
    assertThat(SchemaComments.catalogFile("crd.projectcalico.org/v1", "IPAMConfig"))
        .contains("crd.projectcalico.org/ipamconfig_v1.json");
    assertThat(SchemaComments.catalogFile("projectcalico.org/v3", "IPAMConfiguration"))
        .contains("projectcalico.org/ipamconfiguration_v3.json");
    assertThat(SchemaComments.catalogFile("policy.networking.k8s.io/v1alpha1", "AdminNetworkPolicy"))
        .contains("policy.networking.k8s.io/adminnetworkpolicy_v1alpha1.json");
    assertThat(SchemaComments.catalogFile("projectcalico.org/v3", "Node")).isEmpty();        // no CRD, no schema
    assertThat(SchemaComments.catalogFile("apiextensions.k8s.io/v1", "CustomResourceDefinition")).isEmpty();
    assertThat(SchemaComments.catalogFile("projectcalico.org/v3", "NoSuchKind")).isEmpty();
    assertThat(SchemaComments.catalogFile("v1", "ConfigMap")).isEmpty();
    assertThat(SchemaComments.catalogFile(null, null)).isEmpty();
  }

  @Test
  void everyKindNamesASchemaOfSomeReleaseAndEverySchemaIsNamed() {
    Set<String> written = new TreeSet<>();
    for (Release release : Release.all()) {
      for (ApiGroup group : ApiGroup.values()) {
        JsonSchemas.forRelease(group, release).exportAll().keySet().forEach(f -> written.add(group.group() + "/" + f));
      }
    }
    Set<String> named = new TreeSet<>();
    for (Class<? extends CalicoResource> type : Kinds.all()) {
      for (String apiVersionAndKind : Kinds.typesOf(type)) {
        String[] parts = apiVersionAndKind.split(" ");
        Optional<String> file = SchemaComments.catalogFile(parts[0], parts[1]);
        assertThat(file.isPresent()).as(apiVersionAndKind).isEqualTo(!Kinds.isWithoutCrd(type));
        file.ifPresent(named::add);
      }
    }
    assertThat(written).hasSizeGreaterThan(40);
    // The model reads each kind under its storage version; schemas of older served versions have no line.
    assertThat(written).containsAll(named);
  }

  @Test
  void theOfficialManifestHoldsNoCalicoResourceAndIsWrittenAsPlainFmtWritesIt() throws Exception {
    Manifest official = Manifest.read(Files.readAllBytes(ReferenceData.root().resolve("v3.32.1/manifests/calico.yaml")));
    assertThat(EXAMPLE.write(official, Path.of("."))).isEqualTo(official.toYaml());
  }

  /** Where .ci/run's {@code npm ci --prefix tools/yaml-language-server} puts the editor's server. */
  private static final Path YAML_LANGUAGE_SERVER = Paths.get("..", "tools", "yaml-language-server");

  /**
   * The outside check: yaml-language-server's own language service (npm, 2.0.0), with no schema
   * associations, validates a file that {@code fmt --schema-comment} headed, so each document is judged
   * only by the schema its line names; a typo in each document is reported from that document's schema
   * (the schema's title is the diagnostic's source), and the same file without the lines gets no
   * diagnostic. Skipped where Node or the server is absent.
   */
  @Test
  void yamlLanguageServerJudgesEachDocumentByTheSchemaItsLineNames(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isDirectory(YAML_LANGUAGE_SERVER.resolve("node_modules/yaml-language-server")) && nodeRuns(),
        "Node or tools/yaml-language-server/node_modules absent (.ci/run installs them): skipping the editor check");
    assertThat(cli("schema", "--version", "v3.32.1", "--out", dir.resolve("schemas").toString())).isEqualTo(0);
    Path file = Files.createDirectories(dir.resolve("k8s")).resolve("policies.yaml");
    String crdPool = POOL.replace("projectcalico.org/v3", "crd.projectcalico.org/v1");
    String text = CONFIG_MAP + "---\n" + POOL + "  natOutgoin: true\n---\n" + crdPool + "  vxlanMode: Sometimes\n";
    Files.writeString(file, text);
    List<JsonNode> none = yamlLanguageServer(file);
    assertThat(none).isEmpty();
    assertThat(cli("fmt", "--in-place", "--schema-comment", "--schema-base", dir.resolve("schemas").toString(), file.toString()))
        .isEqualTo(0);
    List<JsonNode> found = yamlLanguageServer(file);
    assertThat(found).as(found.toString()).hasSize(2);
    assertThat(found.get(0).get("message").asText()).contains("natOutgoin");
    assertThat(found.get(0).get("source").asText()).contains("IPPool (projectcalico.org/v3)");
    List<String> lines = Files.readAllLines(file);
    assertThat(found.get(0).get("line").asInt()).isEqualTo(lines.indexOf("  natOutgoin: true") + 1);
    assertThat(found.get(1).get("message").asText()).contains("Value is not accepted");
    assertThat(found.get(1).get("source").asText()).contains("IPPool (crd.projectcalico.org/v1)");
    assertThat(found.get(1).get("line").asInt()).isEqualTo(lines.indexOf("  vxlanMode: Sometimes") + 1);
  }

  private static int cli(String... args) {
    return CalicoCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }

  private static List<JsonNode> yamlLanguageServer(Path file) throws Exception {
    Process p = new ProcessBuilder("node", YAML_LANGUAGE_SERVER.resolve("validate.mjs").toString(), file.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isEqualTo(0);
    List<JsonNode> diagnostics = new ArrayList<>();
    new ObjectMapper().readTree(out).forEach(diagnostics::add);
    return diagnostics;
  }

  private static boolean nodeRuns() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException | InterruptedException e) {
      return false;
    }
  }
}
