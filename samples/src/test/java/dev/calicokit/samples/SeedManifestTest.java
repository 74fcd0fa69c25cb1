package dev.calicokit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import org.junit.jupiter.api.Test;

class SeedManifestTest {
  @Test
  void theSeedManifestHasItsPoolCidrAndValidates() {
    Manifest m = Manifest.read(SeedManifest.manifest().toYaml());
    assertEquals("10.0.0.0/16", m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR").orElseThrow());
    assertEquals("Always", m.env("calico-node", "calico-node", "CALICO_IPV4POOL_IPIP").orElseThrow());
    assertTrue(m.containers("calico-node").stream().allMatch(c -> c.getImage().endsWith(":v3.21.1")));
    assertEquals("policy/v1beta1", m.find("PodDisruptionBudget", "calico-kube-controllers").orElseThrow().apiVersion());
    ValidationReport report = Validator.detectingRelease().withOfficialManifests(CalicoManifest::official)
        .validate(SeedManifest.manifest().toYaml());
    assertFalse(report.hasErrors(), report.toText());
  }
}
