package dev.calicokit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A spec with no value ({@code spec:}) or {@code spec: null} is judged as the API server judges it after
 * pruning the null: as a missing spec. Where the CRD requires spec (the projectcalico.org/v3 CRDs of
 * v3.32) that is one error at the document; the crd.projectcalico.org/v1 CRDs do not require it.
 */
class SpecFormsValidationTest {
  private static final Validator V3_32 = Validator.forRelease(Release.V3_32);

  private static List<String> errors(String apiVersion, String form) {
    String text = "apiVersion: " + apiVersion + "\nkind: BGPConfiguration\nmetadata:\n  name: default\n" + form;
    return V3_32.validate(text).findings(Severity.ERROR).stream().map(f -> f.rule() + " " + f.path()).toList();
  }

  @Test
  void aNullSpecIsJudgedAsAMissingOne() {
    for (String group : List.of("projectcalico.org/v3", "crd.projectcalico.org/v1")) {
      List<String> missing = errors(group, "");
      assertThat(errors(group, "spec:\n")).as(group).isEqualTo(missing);
      assertThat(errors(group, "spec: null\n")).as(group).isEqualTo(missing);
      assertThat(errors(group, "spec: {}\n")).as(group).isEmpty();
    }
    assertThat(errors("projectcalico.org/v3", "")).containsExactly("schema.required ");
    assertThat(errors("crd.projectcalico.org/v1", "")).isEmpty();
  }

  @Test
  void beforeV332TheV3GroupTakesAMissingSpec() {
    // The aggregated API server of those releases decodes into Calico's Go types, where a null spec is empty.
    String text = "apiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata:\n  name: default\nspec:\n";
    for (Release r : List.of(Release.V3_31, Release.V3_24)) {
      assertThat(Validator.forRelease(r).validate(text).findings()).as(r.label()).isEmpty();
    }
  }
}
