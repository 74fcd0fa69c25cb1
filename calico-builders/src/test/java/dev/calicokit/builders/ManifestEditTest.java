package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.testing.ReferenceData;
import dev.calicokit.model.testing.TreeDiff;
import dev.calicokit.model.values.Cidr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each intent-level edit applied to the official calico.yaml of every release the model reproduces
 * gives the same documents as rendering that release with the edit's options; and an edit keeps what
 * it does not touch in a hand-edited file.
 */
class ManifestEditTest {
  /** Each edit, and the builder options that render what it should give. */
  private static final Map<String, Case> CASES = new LinkedHashMap<>();

  private record Case(ManifestEdit edit, UnaryOperator<CalicoManifest.Builder> options) {}

  static {
    CASES.put("poolCidr", new Case(ManifestEdit.poolCidr(Cidr.parse("10.48.0.0/16")), b -> b.ipv4PoolCidr("10.48.0.0/16")));
    CASES.put("vxlan", new Case(ManifestEdit.vxlan(EncapsulationMode.CROSS_SUBNET),
        b -> b.vxlan(true).vxlanMode(EncapsulationMode.CROSS_SUBNET).ipipMode(EncapsulationMode.NEVER)));
    CASES.put("ipip", new Case(ManifestEdit.ipip(EncapsulationMode.CROSS_SUBNET),
        b -> b.vxlan(false).ipipMode(EncapsulationMode.CROSS_SUBNET).vxlanMode(EncapsulationMode.NEVER)));
    CASES.put("mtu", new Case(ManifestEdit.mtu(1400), b -> b.vethMtu(1400)));
    CASES.put("ipAutodetection", new Case(ManifestEdit.ipAutodetection("interface=eth0"),
        b -> b.ipAutodetectionMethod("interface=eth0")));
    CASES.put("registry", new Case(ManifestEdit.registry("registry.example.com/calico"),
        b -> b.registry("registry.example.com/calico")));
    CASES.put("typha", new Case(ManifestEdit.typha(true).and(ManifestEdit.typhaReplicas(3)), b -> b.typha(true).typhaReplicas(3)));
    CASES.put("felix", new Case(ManifestEdit.felix("LOGSEVERITYSCREEN", "debug"), b -> b.felix("LOGSEVERITYSCREEN", "debug")));
  }

  @Test
  void everyEditOfEveryReleaseEqualsRenderingWithItsOptions() throws IOException {
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (Path dir : ReferenceData.releaseDirs()) {
      Path file = dir.resolve("manifests/calico.yaml");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      String version = dir.getFileName().toString();
      Manifest official = Manifest.read(Files.readString(file));
      for (Map.Entry<String, Case> c : CASES.entrySet()) {
        Manifest edited = official.edit(c.getValue().edit());
        Manifest rendered = c.getValue().options().apply(CalicoManifest.builder().version(version)).build();
        List<String> diffs = differences(edited, rendered);
        diffs.addAll(commentLinesLost(official.toYaml(), edited.toYaml()));
        compared++;
        if (!diffs.isEmpty()) {
          failures.add(version + " " + c.getKey() + ": " + diffs.subList(0, Math.min(5, diffs.size())));
        }
      }
    }
    System.out.printf("ManifestEdit: %d edits of official files compared with renders%n", compared);
    // Every patch from v3.24.0 to v3.32.1; v3.21.1 ships the CRDs alone here.
    assertThat(compared).isEqualTo((CalicoRelease.all().size() - 1) * CASES.size());
    assertThat(failures).isEmpty();
  }

  @Test
  void anEditKeepsTheUsersOwnChanges() {
    Manifest mine = CalicoManifest.builder().version("v3.28.5").build()
        .withEnv("calico-node", "calico-node", "MY_SETTING", "kept")
        .withConfigMapEntry("calico-config", "my_key", "kept too");
    Manifest edited = mine.edit(ManifestEdit.vxlan(EncapsulationMode.ALWAYS));
    assertThat(edited.env("calico-node", "calico-node", "MY_SETTING")).hasValue("kept");
    assertThat(edited.configMapData("calico-config")).containsEntry("my_key", "kept too")
        .containsEntry("calico_backend", "vxlan");
    assertThat(edited.env("calico-node", "calico-node", "CALICO_IPV4POOL_VXLAN")).hasValue("Always");
    assertThat(edited.env("calico-node", "calico-node", "CALICO_IPV4POOL_IPIP")).hasValue("Never");
    assertThat(edited.containers("calico-node").stream().filter(c -> c.getName().equals("calico-node")).findFirst()
        .orElseThrow().getLivenessProbe().getExec().getCommand()).doesNotContain("-bird-live");
  }

  @Test
  void anEditThatContradictsThePresetFailsAsTheBuilderDoes() {
    Manifest canal = CalicoManifest.builder().version("v3.32.1").preset(Preset.CANAL).build();
    assertThatThrownBy(() -> canal.edit(ManifestEdit.vxlan(EncapsulationMode.ALWAYS)))
        .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("encapsulation options need network calico");
  }

  /** The comment lines of the official file (all of them on lines of their own) that the edit dropped. */
  private static List<String> commentLinesLost(String before, String after) {
    java.util.Set<String> kept = after.lines().map(String::strip).collect(java.util.stream.Collectors.toSet());
    List<String> lost = new ArrayList<>();
    before.lines().map(String::strip).filter(l -> l.startsWith("#") && !kept.contains(l))
        .forEach(l -> lost.add("comment lost: " + l));
    return lost;
  }

  /** Differences between two manifests, document by document, CRD descriptions and rule messages aside. */
  private static List<String> differences(Manifest a, Manifest b) {
    List<String> out = new ArrayList<>();
    List<ManifestDocument> x = a.documents();
    List<ManifestDocument> y = b.documents();
    if (x.size() != y.size()) {
      out.add(x.size() + " documents, rendered " + y.size());
      return out;
    }
    for (int i = 0; i < x.size(); i++) {
      JsonNode l = TreeDiff.stripCrdTexts(x.get(i).toTree().deepCopy());
      JsonNode r = TreeDiff.stripCrdTexts(y.get(i).toTree().deepCopy());
      TreeDiff.diff(l, r, "/" + i, out);
    }
    return out;
  }
}
