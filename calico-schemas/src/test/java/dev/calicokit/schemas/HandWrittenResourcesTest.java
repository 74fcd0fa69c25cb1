package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.HandWritten;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** The hand-written valid resources of every kind give no error; the two with unknown fields give exactly those. */
class HandWrittenResourcesTest {
  static final List<String> FILES = List.of(
      "adminnetworkpolicy.yaml", "baselineadminnetworkpolicy.yaml", "bgpconfiguration.yaml", "bgpfilter.yaml",
      "bgppeer.yaml", "blockaffinity.yaml", "caliconodestatus.yaml", "clusterinformation.yaml",
      "clusternetworkpolicy.yaml", "crd-blockaffinity.yaml", "crd-felixconfiguration.yaml", "crd-ipamconfig.yaml",
      "crd-ippool.yaml", "felixconfiguration.yaml", "globalnetworkpolicy.yaml", "globalnetworkset.yaml",
      "hostendpoint.yaml", "ipamblock.yaml", "ipamconfiguration.yaml", "ipamhandle.yaml", "ippool.yaml",
      "ipreservation.yaml", "kubecontrollersconfiguration.yaml", "networkpolicy.yaml", "networkset.yaml",
      "stagedglobalnetworkpolicy.yaml", "stagedkubernetesnetworkpolicy.yaml", "stagednetworkpolicy.yaml", "tier.yaml",
      "unknown-fields-gnp.yaml", "unknown-fields-ippool.yaml");

  static String read(String file) {
    return HandWritten.text(file);
  }

  @ParameterizedTest
  @FieldSource("FILES")
  void validResourcesHaveNoErrors(String file) throws IOException {
    if (file.startsWith("unknown-fields")) {
      return;
    }
    // The admin network policy kinds ship in v3.29 to v3.31 only; ClusterNetworkPolicy replaced them.
    Release release = file.contains("adminnetworkpolicy") ? Release.V3_31 : Release.V3_32;
    ValidationReport r = Validator.forRelease(release).withOfficialManifests(REFERENCE).validate(read(file));
    assertThat(r.findings(Severity.ERROR)).as(r.toText()).isEmpty();
  }

  @Test
  void unknownFieldsAreReportedWithTheirPlace() throws IOException {
    ValidationReport gnp = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE)
        .validate(read("unknown-fields-gnp.yaml"));
    assertThat(gnp.findings(Severity.ERROR)).extracting(Finding::path).containsExactly("/spec/ingress/1/futureMatch");
    assertThat(gnp.findings(Severity.ERROR).get(0).line()).hasValue(27);
    ValidationReport pool = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE)
        .validate(read("unknown-fields-ippool.yaml"));
    assertThat(pool.findings(Severity.ERROR)).extracting(Finding::rule).containsOnly("schema.unknown-field");
    assertThat(pool.findings(Severity.ERROR)).extracting(Finding::path).containsExactly("/spec/futureSetting", "/anotherTopLevel");
  }
}
