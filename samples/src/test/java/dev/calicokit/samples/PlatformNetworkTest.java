package dev.calicokit.samples;

import static dev.calicokit.testing.PolicyAssertions.assertThat;
import static dev.calicokit.testing.PolicyAssertions.namespace;
import static dev.calicokit.testing.PolicyAssertions.tcp;
import static dev.calicokit.testing.PolicyAssertions.udp;
import static dev.calicokit.testing.PolicyAssertions.workload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.policy.Cluster;
import dev.calicokit.samples.PlatformNetwork.Environment;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import io.fabric8.kubernetes.api.model.Container;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How a user unit-tests their own infrastructure code: build the manifest the code produces, validate
 * it as the API server and calicoctl would, and assert on typed values, not on YAML text; then assert on
 * what the policies allow, offline, as Felix would decide (a failure prints the whole explanation).
 */
class PlatformNetworkTest {
  private static final Validator VALIDATOR = Validator.detectingRelease()
      .withOfficialManifests(CalicoManifest::official);

  @ParameterizedTest
  @EnumSource(Environment.class)
  void everyEnvironmentsManifestIsValid(Environment env) {
    ValidationReport report = VALIDATOR.validate(PlatformNetwork.manifestFor(env));
    assertFalse(report.hasErrors(), report.toText());
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void everyCalicoImageIsOnTheReleaseWeTested(Environment env) {
    Manifest m = PlatformNetwork.manifestFor(env);
    for (String workload : new String[] {"calico-node", "calico-kube-controllers"}) {
      for (Container c : m.containers(workload)) {
        assertTrue(c.getImage().endsWith(":v3.31.7"), c.getImage());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Environment.class)
  void poolCidrAndEncapsulationAreWhatThePlatformPromises(Environment env) {
    Manifest m = PlatformNetwork.manifestFor(env);
    String cidr = m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR").orElseThrow();
    String ipip = m.env("calico-node", "calico-node", "CALICO_IPV4POOL_IPIP").orElseThrow();
    String vxlan = m.env("calico-node", "calico-node", "CALICO_IPV4POOL_VXLAN").orElseThrow();
    if (env == Environment.PROD) {
      assertEquals("10.32.0.0/12", cidr);
      assertEquals("CrossSubnet", ipip);
      assertEquals("Never", vxlan);
      assertTrue(m.find("Deployment", "calico-typha").isPresent());
    } else {
      assertEquals("10.200.0.0/16", cidr);
      assertEquals("Never", ipip);
      assertEquals("CrossSubnet", vxlan);
    }
  }

  private static final Cluster SHOP = Cluster.of(PlatformNetwork.shop());

  @Test
  void frontendReachesBackendOn8080AndNothingElseDoes() {
    assertThat(SHOP)
        .allows(workload("shop", "frontend")).to(workload("shop", "backend")).on(tcp(8080))
        .allowsOnly(workload("shop", "frontend")).to(workload("shop", "backend")).on(tcp(8080));
  }

  @Test
  void theDefaultDenyHoldsButEveryPodResolvesNames() {
    assertThat(SHOP)
        .denies(workload("shop", "backend")).to(workload("shop", "database")).on(tcp(5432))
        .denies(workload("shop", "frontend")).to(workload("shop", "database")).on(tcp(5432))
        .allows(workload("shop", "backend")).to(workload("kube-system", "coredns")).on(udp(53))
        .isolates(namespace("shop"));
  }
}
