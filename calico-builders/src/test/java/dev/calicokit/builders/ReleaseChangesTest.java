package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The change lists computed from our renders are those of Calico's own files: for each pair of
 * consecutive releases, the changes between the two official files equal the changes between the two
 * renders.
 */
class ReleaseChangesTest {
  private static final CalicoRelease V3_31_0 = CalicoRelease.parse("v3.31.0");
  private static final CalicoRelease V3_31_1 = CalicoRelease.parse("v3.31.1");

  @Test
  void fromV3310ToV3311TheImagesMoveAndTheLoadBalancerGetsADefault() {
    List<String> calico = ReleaseChanges.between(V3_31_0, V3_31_1).changes(Preset.CALICO).stream()
        .map(ReleaseChange::toText).toList();
    assertThat(calico).contains(
        "~ image DaemonSet calico-node, container calico-node: quay.io/calico/node:v3.31.0 -> quay.io/calico/node:v3.31.1",
        "~ CRD property KubeControllersConfiguration (crd.projectcalico.org/v1) spec.controllers.loadBalancer.assignIPs:"
            + " string -> string, default AllServices");
    assertThat(calico).allSatisfy(l -> assertThat(l).matches("~ (image|CRD property) .*"));
    String text = ReleaseChanges.between(V3_31_0, V3_31_1).toText();
    assertThat(text).startsWith("v3.31.1 (from v3.31.0)\n")
        .contains("    ~ image tag of quay.io/calico/node: v3.31.0 -> v3.31.1\n");
  }

  @Test
  void theChangesOfOurRendersAreThoseOfCalicosFiles() throws IOException {
    List<String> failures = new ArrayList<>();
    int pairs = 0;
    List<ReleaseChanges> all = ReleaseChanges.all();
    assertThat(all).hasSize(CalicoRelease.all().size() - 1);
    for (ReleaseChanges c : all) {
      // The calico preset of every pair, and every preset of one pair: each official file read once.
      List<Preset> presets = c.to().equals(V3_31_1) ? List.copyOf(c.byPreset().keySet()) : List.of(Preset.CALICO);
      for (Preset p : presets) {
        Path before = ReferenceData.root().resolve(c.from().label() + "/manifests/" + p.fileName() + ".yaml");
        Path after = ReferenceData.root().resolve(c.to().label() + "/manifests/" + p.fileName() + ".yaml");
        if (!Files.isRegularFile(before) || !Files.isRegularFile(after)) {
          continue;
        }
        pairs++;
        List<ReleaseChange> official = ReleaseChanges.changes(Manifest.read(Files.readString(before)),
            Manifest.read(Files.readString(after)));
        if (!official.equals(c.changes(p))) {
          failures.add(c.from() + " -> " + c.to() + " " + p.fileName());
        }
      }
    }
    System.out.println("ReleaseChanges: " + pairs + " pairs of official files give the changes of their renders");
    assertThat(pairs).isGreaterThan(55);
    assertThat(failures).isEmpty();
  }
}
