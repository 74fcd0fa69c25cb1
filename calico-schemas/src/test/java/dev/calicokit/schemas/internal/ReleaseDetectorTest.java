package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.testing.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scan of a text's image lines guesses what the count of its documents' images finds. */
class ReleaseDetectorTest {
  @Test
  void theGuessFromTheLinesOfEveryReferenceFileIsTheReleaseItsDocumentsName() {
    int files = 0;
    for (Path file : ReferenceData.manifestFiles(ReferenceData.releaseDirs())) {
      List<ValidatedDocument> docs = new ArrayList<>();
      for (JsonNode tree : ReferenceData.documents(file)) {
        docs.add(new ValidatedDocument(docs.size(), tree));
      }
      Optional<CalicoRelease> counted = ReleaseDetector.detect(docs).map(ReleaseDetector.Detection::release);
      assertThat(ReleaseDetector.guess(TextSource.ofFile(file))).as(file.toString()).isEqualTo(counted);
      files++;
    }
    assertThat(files).isEqualTo(505);
  }

  @Test
  void imageLinesOfYamlAndJsonCount() {
    assertThat(ReleaseDetector.guess(TextSource.of("spec:\n  containers:\n  - image: calico/node:v3.28.5\n")))
        .contains(CalicoRelease.parse("v3.28.5"));
    assertThat(ReleaseDetector.guess(TextSource.of("{\"containers\": [{\"image\": \"quay.io/calico/cni:v3.30.2\"}]}")))
        .contains(CalicoRelease.parse("v3.30.2"));
    assertThat(ReleaseDetector.guess(TextSource.of("      image: 'registry.example.com/mirror/typha:v3.26.1@sha256:00'")))
        .contains(CalicoRelease.parse("v3.26.1"));
    // Not Calico's, or not an image key.
    assertThat(ReleaseDetector.guess(TextSource.of("image: nginx:1.27\nmyimage: calico/node:v3.28.5\n"))).isEmpty();
  }
}
