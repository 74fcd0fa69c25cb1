package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents whose last-applied-configuration annotation would pass the API server's annotation limit. */
class LastAppliedSizeRuleTest {
  private static final Validator V3_32 = Validator.forRelease(Release.V3_32);

  private static String configMap(int dataChars, String filler) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\n  namespace: kube-system\ndata:\n  blob: \""
        + filler.repeat(dataChars / filler.length()) + "\"\n";
  }

  private static List<Finding> sizeFindings(String yaml) {
    return V3_32.validate(yaml).findings().stream()
        .filter(f -> f.rule().equals("manifest.too-large-for-client-side-apply")).toList();
  }

  @Test
  void aDocumentBeyondTheLimitIsAWarningSayingWhatToDo() {
    assertThat(sizeFindings(configMap(270_000, "x"))).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("kubectl apply --server-side").contains("262144");
      assertThat(f.line()).hasValue(1);
    });
  }

  @Test
  void aDocumentWellWithinTheLimitIsFine() {
    assertThat(sizeFindings(configMap(250_000, "x"))).isEmpty();
  }

  @Test
  void goEscapesOfHtmlCharactersCount() {
    // 50,000 '<' are 50,000 bytes in the file but 300,000 in the JSON kubectl's Go encoder writes.
    assertThat(sizeFindings(configMap(50_000, "<"))).hasSize(1);
  }
}
