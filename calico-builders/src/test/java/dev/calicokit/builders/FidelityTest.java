package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.testing.ReferenceData;
import dev.calicokit.model.testing.TreeDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every official manifest of every patch release from v3.24.0 to v3.32.1 (488 files) and v3.21.1's 17
 * CRD files equal what the builder renders for the same preset and version: both read as generic trees,
 * paired document by document by kind, namespace and name, CRD descriptions and CEL messages aside, and
 * then in the same order. Each difference is printed by path; the files that render equal are counted
 * per preset and version.
 */
class FidelityTest {
  /** Files known to differ still (none today); the test fails if any other file differs. */
  private static final List<String> KNOWN_DIFFERENT = List.of();

  @Test
  void everyOfficialFileRendersEqual() throws IOException {
    Path root = ReferenceData.root();
    Map<String, String> table = new TreeMap<>();
    List<String> failing = new ArrayList<>();
    int files = 0;
    int equal = 0;
    for (Path dir : ReferenceData.releaseDirs()) {
      String version = dir.getFileName().toString();
      Path manifests = dir.resolve("manifests");
      if (!Files.isDirectory(manifests)) {
        continue;
      }
      List<Path> officials;
      try (Stream<Path> s = Files.list(manifests)) {
        officials = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      }
      for (Path file : officials) {
        Preset preset = Preset.parse(file.getFileName().toString());
        files++;
        List<String> diffs = compare(version, preset, ReferenceData.documents(file));
        String key = version + " " + preset.fileName();
        if (diffs.isEmpty()) {
          equal++;
          table.put(key, "equal");
        } else {
          failing.add(key);
          table.put(key, diffs.size() + " differences");
          System.out.println("== " + key + ": " + diffs.size() + " differences");
          diffs.stream().limit(40).forEach(d -> System.out.println("   " + d));
        }
      }
    }
    // v3.21.1: the crds preset against the 17 CRD files, one document each.
    Path crdDir = root.resolve("v3.21.1/crds");
    int crdFiles = 0;
    int crdEqual = 0;
    if (Files.isDirectory(crdDir)) {
      List<JsonNode> rendered = trees(CalicoManifest.builder().version("v3.21.1").preset(Preset.CRDS).build());
      List<Path> crdPaths;
      try (Stream<Path> s = Files.list(crdDir)) {
        crdPaths = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      }
      for (Path f : crdPaths) {
        crdFiles++;
        JsonNode expected = ReferenceData.documents(f).get(0);
        String name = expected.path("metadata").path("name").asText();
        JsonNode actual = rendered.stream().filter(n -> n.path("metadata").path("name").asText().equals(name))
            .findFirst().orElse(null);
        String key = "v3.21.1 crds/" + f.getFileName();
        if (actual == null) {
          failing.add(key);
          table.put(key, "not rendered");
          continue;
        }
        List<String> diffs = new ArrayList<>();
        TreeDiff.diff(TreeDiff.stripCrdTexts(expected.deepCopy()), TreeDiff.stripCrdTexts(actual.deepCopy()), "", diffs);
        if (diffs.isEmpty()) {
          crdEqual++;
          table.put(key, "equal");
        } else {
          failing.add(key);
          table.put(key, diffs.size() + " differences");
          System.out.println("== " + key);
          diffs.stream().limit(20).forEach(d -> System.out.println("   " + d));
        }
      }
      if (rendered.size() != crdPaths.size()) {
        failing.add("v3.21.1 crds: " + rendered.size() + " rendered, " + crdPaths.size() + " files");
      }
    }
    System.out.printf("Fidelity: %d of %d official manifests and %d of %d v3.21.1 CRD files render equal%n",
        equal, files, crdEqual, crdFiles);
    table.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    assertThat(failing).containsExactlyInAnyOrderElementsOf(KNOWN_DIFFERENT);
  }

  /**
   * The chart's own values give the official files too: for every values file of every version, the
   * chart's defaults and then the file applied through {@link ChartValues} (as {@code calico render
   * --values} does) render the official file of the same name. This is the path of a user who carries
   * a Helm values file over; the chart's keys a release lacks (a registry per component before v3.31)
   * would fail here.
   */
  @Test
  void everyOfficialFileRendersEqualFromTheChartsValuesFiles() throws IOException {
    Path root = ReferenceData.root();
    List<String> failing = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int files = 0;
    List<Path> versions = ReferenceData.releaseDirs().stream()
        .filter(d -> Files.isDirectory(d.resolve("values"))).toList();
    for (Path dir : versions) {
      String defaults = Files.readString(dir.resolve("values/chart-defaults.yaml"));
      List<Path> valuesFiles;
      try (Stream<Path> s = Files.list(dir.resolve("values"))) {
        valuesFiles = s.filter(f -> !f.getFileName().toString().equals("chart-defaults.yaml")).sorted().toList();
      }
      for (Path values : valuesFiles) {
        String name = values.getFileName().toString();
        String key = dir.getFileName() + " values/" + name;
        files++;
        List<String> diffs = new ArrayList<>();
        try {
          ChartValues v = ChartValues.forBuilder(CalicoManifest.builder())
              .applyValues(defaults).applyValues(Files.readString(values));
          Manifest rendered = v.builder().build();
          v.warnings().forEach(w -> warnings.add(key + ": " + w));
          diffs = compare(rendered, ReferenceData.documents(dir.resolve("manifests").resolve(name)));
        } catch (RuntimeException e) {
          diffs.add("render failed: " + e);
        }
        if (!diffs.isEmpty()) {
          failing.add(key);
          System.out.println("== " + key + ": " + diffs.size() + " differences");
          diffs.stream().limit(40).forEach(d -> System.out.println("   " + d));
        }
      }
    }
    System.out.printf("Chart values: %d of %d values files render their official file%n", files - failing.size(), files);
    assertThat(files).as("values files found").isPositive();
    assertThat(failing).isEmpty();
    // Every release's defaults carry the chart's unused mtu and images of components no manifest runs.
    assertThat(warnings).allSatisfy(w -> assertThat(w).containsAnyOf("mtu=", "is ignored"));
  }

  private static List<String> compare(String version, Preset preset, List<JsonNode> expected) {
    try {
      return compare(CalicoManifest.builder().version(version).preset(preset).build(), expected);
    } catch (RuntimeException e) {
      return List.of("render failed: " + e);
    }
  }

  private static List<String> compare(Manifest rendered, List<JsonNode> expected) {
    List<String> diffs = new ArrayList<>();
    List<JsonNode> actual;
    try {
      actual = trees(rendered);
    } catch (RuntimeException e) {
      diffs.add("render failed: " + e);
      return diffs;
    }
    // Documents are paired by identity, so that one missing document reads as one difference instead
    // of shifting every document after it; the order is compared once they pair up.
    Map<String, JsonNode> byIdentity = new java.util.LinkedHashMap<>();
    actual.forEach(a -> byIdentity.put(identity(a), a));
    List<String> expectedIds = expected.stream().map(FidelityTest::identity).toList();
    for (JsonNode e : expected) {
      String id = identity(e);
      JsonNode a = byIdentity.get(id);
      if (a == null) {
        diffs.add("[" + id + "] missing");
        continue;
      }
      if ("CustomResourceDefinition".equals(e.path("kind").asText())) {
        e = TreeDiff.stripCrdTexts(e.deepCopy());
        a = TreeDiff.stripCrdTexts(a.deepCopy());
      }
      TreeDiff.diff(e, a, "[" + id + "]", diffs);
    }
    byIdentity.keySet().stream().filter(id -> !expectedIds.contains(id)).forEach(id -> diffs.add("[" + id + "] unexpected"));
    if (diffs.isEmpty() && !expectedIds.equals(List.copyOf(byIdentity.keySet()))) {
      diffs.add("documents in another order: expected " + expectedIds + ", byIdentity " + byIdentity.keySet());
    }
    return diffs;
  }

  private static String identity(JsonNode doc) {
    JsonNode meta = doc.path("metadata");
    String ns = meta.path("namespace").asText("");
    return doc.path("kind").asText() + " " + (ns.isEmpty() ? "" : ns + "/") + meta.path("name").asText();
  }

  /** The rendered manifest written as canonical YAML and read back as generic trees. */
  static List<JsonNode> trees(dev.calicokit.model.manifest.Manifest m) {
    try {
      Path tmp = Files.createTempFile("rendered", ".yaml");
      try {
        Files.writeString(tmp, m.toYaml());
        return ReferenceData.documents(tmp);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
