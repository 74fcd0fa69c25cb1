package dev.calicokit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

class VxlanAndTyphaSamplesTest {
  @Test
  void vxlanClusterCarriesItsCidrMtuAndEncapsulation() {
    Manifest m = VxlanCluster.manifest();
    assertEquals("10.96.0.0/12", m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR").orElseThrow());
    assertEquals("24", m.env("calico-node", "calico-node", "CALICO_IPV4POOL_BLOCK_SIZE").orElseThrow());
    assertEquals("1410", m.configMapData("calico-config").get("veth_mtu"));
    assertEquals("vxlan", m.configMapData("calico-config").get("calico_backend"));
    assertEquals("Never", m.env("calico-node", "calico-node", "CALICO_IPV4POOL_IPIP").orElseThrow());
    ValidationReport report = Validator.detectingRelease().withOfficialManifests(CalicoManifest::official)
        .validate(m.toYaml());
    assertFalse(report.hasErrors(), report.toText());
  }

  @Test
  void typhaClusterRunsFiveReplicas() {
    Manifest m = TyphaLargeCluster.manifest();
    Deployment typha = m.find(Deployment.class, "calico-typha").orElseThrow();
    assertEquals(TyphaLargeCluster.TYPHA_REPLICAS, typha.getSpec().getReplicas());
    assertEquals("calico-typha", m.configMapData("calico-config").get("typha_service_name"));
    assertEquals("true", m.env("calico-node", "calico-node", "FELIX_PROMETHEUSMETRICSENABLED").orElseThrow());
    ValidationReport report = Validator.detectingRelease().withOfficialManifests(CalicoManifest::official)
        .validate(m.toYaml());
    assertFalse(report.hasErrors(), report.toText());
  }
}
