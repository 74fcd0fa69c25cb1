package dev.calicokit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.NetworkPolicy;
import dev.calicokit.model.calico.StagedNetworkPolicy;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import org.junit.jupiter.api.Test;

class PolicySetTest {
  private final String yaml = Manifest.of(PolicySet.policies()).toYaml();

  @Test
  void thePoliciesValidateCleanly() {
    ValidationReport report = Validator.forRelease(Release.V3_32).withOfficialManifests(CalicoManifest::official)
        .validate(yaml);
    assertFalse(report.hasErrors(), report.toText());
  }

  @Test
  void theWrittenPoliciesSayWhatTheCodeMeant() {
    Manifest back = Manifest.read(yaml);
    NetworkPolicy frontend = back.find(NetworkPolicy.class, "frontend-to-backend").orElseThrow();
    assertEquals("shop", frontend.metadata().namespace().orElseThrow());
    assertEquals("http", frontend.spec().ingress().get(0).destination().orElseThrow().ports().get(0).toString());
    assertEquals("app == 'frontend'", frontend.spec().ingress().get(0).source().orElseThrow().selector().orElseThrow().text());
    GlobalNetworkPolicy deny = back.find(GlobalNetworkPolicy.class, "default-deny").orElseThrow();
    assertTrue(deny.spec().ingress().isEmpty() && deny.spec().egress().isEmpty(), "a default deny has no rules");
    assertEquals(2, deny.spec().types().size());
    StagedNetworkPolicy staged = back.find(StagedNetworkPolicy.class, "backend-egress-lockdown").orElseThrow();
    assertEquals("Set", staged.spec().stagedAction().orElseThrow().value());
    assertTrue(yaml.contains("kind: StagedNetworkPolicy\n"), yaml);
  }
}
