package dev.calicokit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The edited v3.32.1 calico.yaml equals the official calico-vxlan.yaml of the same release in every
 * document, but for the pool CIDR the sample sets (commented out upstream); and it validates cleanly.
 */
class SwitchPoolToVxlanTest {
  private static Path reference(String file) {
    String dir = System.getProperty("calico.reference.dir");
    assumeTrue(dir != null && Files.isDirectory(Paths.get(dir)),
        "Calico reference data not found (set -Dcalico.reference.dir); skipping");
    return Paths.get(dir, "v3.32.1", "manifests", file);
  }

  @Test
  void editingCalicoYamlGivesTheOfficialVxlanVariantPlusTheCidr() throws Exception {
    Manifest calico = Manifest.read(Files.readAllBytes(reference("calico.yaml")));
    Manifest vxlan = Manifest.read(Files.readAllBytes(reference("calico-vxlan.yaml")));

    Manifest edited = SwitchPoolToVxlan.apply(calico, Cidr.parse("10.48.0.0/16"));

    assertEquals("10.48.0.0/16", edited.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR").orElseThrow());
    assertEquals("CrossSubnet", edited.env("calico-node", "calico-node", "CALICO_IPV4POOL_VXLAN").orElseThrow());
    assertEquals("vxlan", edited.configMapData("calico-config").get("calico_backend"));
    // But for the CIDR variable (commented out in the official file), every document is the official one.
    assertEquals(vxlan.documents().size(), edited.documents().size());
    for (int i = 0; i < vxlan.documents().size(); i++) {
      JsonNode tree = edited.documents().get(i).toTree();
      if (tree.path("kind").asText().equals("DaemonSet")) {
        for (JsonNode c : tree.at("/spec/template/spec/containers")) {
          ArrayNode env = (ArrayNode) c.path("env");
          for (int e = env.size() - 1; e >= 0; e--) {
            if (env.get(e).path("name").asText().equals("CALICO_IPV4POOL_CIDR")) {
              env.remove(e);
            }
          }
        }
      }
      assertEquals(vxlan.documents().get(i).toTree(), tree, "document " + i + " " + vxlan.documents().get(i));
    }

    ValidationReport report = Validator.detectingRelease().withOfficialManifests(CalicoManifest::official)
        .validate(edited.toYaml());
    assertFalse(report.hasErrors(), report.toText());
  }
}
