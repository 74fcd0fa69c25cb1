package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.manifest.Manifest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chart values: the chart's key names, keys a release's chart lacks, unknown keys, help. */
class ChartValuesTest {
  @Test
  void chartValuesFollowTheChartsNames() {
    ChartValues v = ChartValues.forBuilder(CalicoManifest.builder().version("v3.31.7"));
    v.applyValues("datastore: kubernetes\nnetwork: calico\ntypha:\n  enabled: true\nmtu: \"1440\"\n"
        + "node:\n  registry: my.registry/calico\netcd:\n  tls:\n    crt: null\n");
    v.apply("imagePullPolicy=Always").apply("ipv4PoolCidr", "10.1.0.0/16").apply("felix.LOGSEVERITYSCREEN", "info");
    assertThat(v.warnings()).singleElement().asString().contains("mtu").contains("not use it");
    Manifest m = v.builder().build();
    assertThat(m.find("Deployment", "calico-typha")).isPresent();
    assertThat(m.containers("calico-node")).filteredOn(c -> c.getName().equals("calico-node"))
        .singleElement().satisfies(c -> {
          assertThat(c.getImage()).isEqualTo("my.registry/calico/node:v3.31.7");
          assertThat(c.getImagePullPolicy()).isEqualTo("Always");
        });
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).hasValue("10.1.0.0/16");
  }

  @Test
  void oneRegistryKeySetsEveryCalicoImageOfEveryRelease() {
    for (String[] versionAndPreset : new String[][] {{"v3.21.1", "calico"}, {"v3.28.5", "calico-typha"},
        {"v3.30.7", "calico"}, {"v3.32.1", "calico-typha"}}) {
      ChartValues v = ChartValues.forBuilder(CalicoManifest.builder())
          .apply("version", versionAndPreset[0]).apply("preset", versionAndPreset[1])
          .apply("registry=registry.example.com/mirror");
      List<String> images = java.util.regex.Pattern.compile("(?m)^ *image: *\"?([^\"\n]+)").matcher(v.builder().build().toYaml())
          .results().map(r -> r.group(1).trim()).toList();
      assertThat(images).as(versionAndPreset[0]).isNotEmpty()
          .allSatisfy(image -> assertThat(image).startsWith("registry.example.com/mirror/"));
      assertThat(v.warnings()).isEmpty();
    }
    // A component's own key, given later, still wins for that component.
    ChartValues v = ChartValues.forBuilder(CalicoManifest.builder().version("v3.32.1"))
        .apply("registry=registry.example.com/mirror").apply("node.registry=other.example.com/calico");
    assertThat(v.builder().build().containers("calico-node")).filteredOn(c -> c.getName().equals("calico-node"))
        .singleElement().satisfies(c -> assertThat(c.getImage()).startsWith("other.example.com/calico/node:"));
  }

  @Test
  void aRegistryPerComponentIsAChartKeyFromV331Only() {
    // A values file written for the v3.31 chart, used with a v3.30 version named after it.
    ChartValues v = ChartValues.forBuilder(CalicoManifest.builder())
        .applyValues("node:\n  image: node\n  registry: quay.io/calico\ncni:\n  registry: quay.io/calico\n")
        .apply("version", "v3.30.7");
    assertThatThrownBy(v::builder).isInstanceOfSatisfying(InvalidOptionsException.class, e -> {
      assertThat(e.problems()).containsExactly(
          "node.registry is a chart key from v3.31.0 on; the chart of v3.30.7 gives the registry in node.image,"
              + " e.g. node.image=quay.io/calico/node",
          "cni.registry is a chart key from v3.31.0 on; the chart of v3.30.7 gives the registry in cni.image,"
              + " e.g. cni.image=quay.io/calico/cni");
      assertThat(e).hasMessageStartingWith("keys not in the chart of v3.30.7: ");
    });
    // The same keys from v3.31 on, and the v3.30 chart's own form before.
    assertThat(ChartValues.forBuilder(CalicoManifest.builder().version("v3.31.0")).apply("node.registry", "quay.io/calico")
        .builder().build().containers("calico-node")).anySatisfy(c -> assertThat(c.getImage()).isEqualTo("quay.io/calico/node:v3.31.0"));
    assertThat(ChartValues.forBuilder(CalicoManifest.builder().version("v3.30.7")).apply("node.image", "quay.io/calico/node")
        .builder().build().containers("calico-node")).anySatisfy(c -> assertThat(c.getImage()).isEqualTo("quay.io/calico/node:v3.30.7"));
    // The typed builder takes a registry per component for every release.
    assertThat(CalicoManifest.builder().version("v3.30.7").registry(Component.NODE, "mirror.example/calico").build()
        .containers("calico-node")).anySatisfy(c -> assertThat(c.getImage()).isEqualTo("mirror.example/calico/node:v3.30.7"));
  }

  @Test
  void unknownKeysNameTheClosestKnownOne() {
    ChartValues v = ChartValues.forBuilder(CalicoManifest.builder());
    assertThatThrownBy(() -> v.apply("typha.enable", "true"))
        .hasMessage("unknown key 'typha.enable'; did you mean 'typha.enabled'?");
    assertThatThrownBy(() -> v.apply("ipv4PoolCIDR2", "x")).hasMessageContaining("'ipv4PoolCidr'");
    assertThat(ChartValues.keys()).extracting(ChartValues.Key::name)
        .contains("typha.enabled", "imagePullPolicy", "ipv4PoolCidr", "vethMtu", "typhaReplicas", "felix.");
    assertThat(ChartValues.keys()).allSatisfy(k -> assertThat(k.help()).isNotBlank());
  }

  /**
   * Each chart key that some release's chart has exists exactly in the releases whose chart defaults
   * (values.yaml) hold it: the key's release range is the chart's, first release to last.
   */
  @Test
  void everyChartKeyKnowsTheReleasesWhoseChartHasIt() throws java.io.IOException {
    java.util.Map<String, java.util.Set<dev.calicokit.model.schema.CalicoRelease>> inChart = new java.util.TreeMap<>();
    java.util.Set<dev.calicokit.model.schema.CalicoRelease> withChart = new java.util.TreeSet<>();
    for (java.nio.file.Path dir : dev.calicokit.model.testing.ReferenceData.releaseDirs()) {
      java.nio.file.Path defaults = dir.resolve("values/chart-defaults.yaml");
      if (!java.nio.file.Files.isRegularFile(defaults)) {
        continue;
      }
      dev.calicokit.model.schema.CalicoRelease release = dev.calicokit.model.schema.CalicoRelease.parse(dir.getFileName().toString());
      withChart.add(release);
      collectKeys(dev.calicokit.model.testing.ReferenceData.documents(defaults).get(0), "",
          k -> inChart.computeIfAbsent(k, x -> new java.util.TreeSet<>()).add(release));
    }
    int checked = 0;
    for (ChartValues.Key key : ChartValues.keys()) {
      java.util.Set<dev.calicokit.model.schema.CalicoRelease> releases = inChart.get(key.name());
      if (releases == null) {
        continue; // a key of our own, such as vethMtu
      }
      checked++;
      assertThat(withChart.stream().filter(key.releases()::contains).toList()).as(key.name())
          .containsExactlyElementsOf(releases);
    }
    assertThat(checked).as("chart keys compared").isGreaterThan(20);
  }

  private static void collectKeys(com.fasterxml.jackson.databind.JsonNode node, String prefix,
      java.util.function.Consumer<String> out) {
    node.fields().forEachRemaining(e -> {
      out.accept(prefix + e.getKey());
      if (e.getValue().isObject()) {
        collectKeys(e.getValue(), prefix + e.getKey() + ".", out);
      }
    });
  }
}
