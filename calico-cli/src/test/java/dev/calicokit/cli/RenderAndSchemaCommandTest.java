package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.manifest.Manifest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderAndSchemaCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return CalicoCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void rendersTheSeedManifestWithAHandEdit() {
    assertThat(run("render", "--preset", "calico", "--version", "v3.21.1", "--set", "ipv4PoolCidr=10.0.0.0/16"))
        .as(err.toString()).isEqualTo(0);
    Manifest m = Manifest.read(out.toString());
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).contains("10.0.0.0/16");
    assertThat(m.find("PodDisruptionBudget", "calico-kube-controllers")).isPresent();
  }

  @Test
  void chartValuesFromAFileAndSetOverrideInOrder(@TempDir Path dir) throws Exception {
    Path values = dir.resolve("values.yaml");
    Files.writeString(values, "typha:\n  enabled: true\nmtu: 1400\nimagePullPolicy: Always\n");
    Path target = dir.resolve("calico.yaml");
    assertThat(run("render", "--version", "v3.32.1", "--values", values.toString(), "--set", "typhaReplicas=3",
        "--set", "vethMtu=1440", "--out", target.toString())).as(err.toString()).isEqualTo(0);
    Manifest m = Manifest.read(Files.readAllBytes(target));
    assertThat(m.find(io.fabric8.kubernetes.api.model.apps.Deployment.class, "calico-typha").orElseThrow()
        .getSpec().getReplicas()).isEqualTo(3);
    assertThat(m.configMapData("calico-config")).containsEntry("veth_mtu", "1440");
    assertThat(err.toString()).contains("warning", "mtu");
  }

  @Test
  void anUnknownKeyNamesTheClosestKnownOne() {
    assertThat(run("render", "--version", "v3.32.1", "--set", "typha.enable=true")).isEqualTo(2);
    assertThat(err.toString()).contains("typha.enable", "typha.enabled");
  }

  @Test
  void contradictionsAndUnsupportedVersionsAreBadUsage() {
    assertThat(run("render", "--version", "v3.32.1", "--set", "ipipMode=Always", "--set", "vxlanMode=Always")).isEqualTo(2);
    assertThat(err.toString()).contains("invalid manifest options", "ipipMode Always and vxlanMode Always");
    assertThat(run("render", "--version", "v3.22.0")).isEqualTo(2);
    assertThat(err.toString()).contains("v3.32.1");
  }

  @Test
  void helpListsEveryKey() {
    assertThat(run("render", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("ipv4PoolCidr", "ipv4PoolBlockSize", "ipipMode", "vxlanMode", "ipv6PoolCidr",
        "ipAutodetectionMethod", "vethMtu", "typhaReplicas", "typha.enabled", "imagePullPolicy");
  }

  @Test
  void helpCommandNamesTheKeysToo() {
    assertThat(run("help", "render")).isEqualTo(0);
    assertThat(out.toString()).contains("Keys for --set and --values:", "ipv4PoolCidr", "typha.enabled");
  }

  @Test
  void usageListsEveryCommand() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out.toString()).contains("render", "validate", "fmt", "schema", "help");
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("a command is required");
    assertThat(run("rendr")).isEqualTo(2);
    assertThat(err.toString()).contains("rendr");
  }

  @Test
  void schemaWritesTheCrdsCatalogLayoutAndASchemaStoreCatalog(@TempDir Path dir) throws Exception {
    assertThat(run("schema", "--version", "v3.32", "--out", dir.toString())).as(err.toString()).isEqualTo(0);
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList())
          .contains("crd.projectcalico.org/ippool_v1.json", "projectcalico.org/ippool_v3.json",
              "projectcalico.org/globalnetworkpolicy_v3.json", "policy.networking.k8s.io/clusternetworkpolicy_v1alpha2.json",
              "catalog.json");
    }
    assertThat(Files.readString(dir.resolve("projectcalico.org/ippool_v3.json"), StandardCharsets.UTF_8))
        .contains("\"$schema\"", "cidr");
    com.fasterxml.jackson.databind.JsonNode catalog = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dir.resolve("catalog.json").toFile());
    assertThat(catalog.get("$schema").asText()).isEqualTo("https://json.schemastore.org/schema-catalog.json");
    assertThat(catalog.get("version").asInt()).isEqualTo(1);
    assertThat(catalog.get("schemas")).isNotEmpty().allSatisfy(entry -> {
      assertThat(entry.get("name").asText()).isNotBlank();
      assertThat(entry.get("description").asText()).contains("v3.32");
      assertThat(dir.resolve(entry.get("url").asText())).isRegularFile();
    });
    assertThat(catalog.get("schemas").findValuesAsText("name")).contains("ippool crd.projectcalico.org/v1");
    assertThat(run("schema", "--version", "v2.0", "--out", dir.toString())).isEqualTo(2);
  }
}
