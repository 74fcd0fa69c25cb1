package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every official manifest and CRD file validates without a single error, with the release its images name. */
class ReferenceManifestsValidateTest {
  private static final Validator VALIDATOR = Validator.detectingRelease().withOfficialManifests(REFERENCE);
  private static final Validator V3_21 = Validator.forRelease(Release.V3_21).withOfficialManifests(REFERENCE);

  /**
   * The files of the releases the model's facts are taken from (v3.21.1 and the newest patch of each
   * minor); the model does not tell the other patches apart yet, so it would judge them by the newest.
   */
  static List<Path> referenceFiles() {
    return ReferenceData.manifestFiles(ReferenceData.newestPatchDirs());
  }

  @Test
  void everyReferenceFileHasNoErrors() throws IOException {
    List<Path> files = referenceFiles();
    assertThat(files).hasSize(99);
    List<String> failures = new ArrayList<>();
    int documents = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String version = file.getParent().getParent().getFileName().toString();
      // The v3.21.1 CRD files carry no images: say their release.
      Validator v = version.equals("v3.21.1") ? V3_21 : VALIDATOR;
      ValidationReport report = v.validate(text).withFile(ReferenceData.root().relativize(file).toString());
      documents += text.split("\n---", -1).length;
      if (report.hasErrors()) {
        failures.add(ValidationReport.of(report.findings(Severity.ERROR)).toText());
      }
    }
    System.out.println("validated " + files.size() + " reference files (about " + documents + " documents)");
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  @Test
  void releaseComesFromTheImages() throws IOException {
    Path root = ReferenceData.root();
    // v3.24.6's files carry v3.24.5 images: still v3.24.
    String text = Files.readString(root.resolve("v3.24.6/manifests/calico.yaml"));
    assertThat(dev.calicokit.schemas.internal.ReleaseDetector.detect(
        List.of(new dev.calicokit.schemas.internal.ValidatedDocument(0,
            ReferenceData.documents(root.resolve("v3.24.6/manifests/calico.yaml")).stream()
                .filter(d -> d.path("kind").asText().equals("DaemonSet")).findFirst().orElseThrow()))))
        .contains(Release.V3_24);
    assertThat(text).contains("calico/node:v3.24.5");
  }
}
