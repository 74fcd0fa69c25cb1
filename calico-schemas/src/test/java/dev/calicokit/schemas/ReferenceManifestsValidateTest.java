package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every official manifest and CRD file validates without a single error, with the release its images name. */
class ReferenceManifestsValidateTest {
  private static final Validator VALIDATOR = Validator.detectingRelease().withOfficialManifests(REFERENCE);
  private static final Map<CalicoRelease, Validator> BY_RELEASE = new ConcurrentHashMap<>();

  /** Every official file of every release: v3.21.1's CRD files and each patch's manifests. */
  static List<Path> referenceFiles() {
    return ReferenceData.manifestFiles(ReferenceData.releaseDirs());
  }

  /**
   * The validator of a file: the release its images name, or for files without images (the CRD files)
   * the release of its folder, as a user gives it with {@code --version}.
   */
  private static Validator validatorFor(Path file, String text) {
    boolean hasImages = text.contains("image:");
    String version = file.getParent().getParent().getFileName().toString();
    return hasImages ? VALIDATOR : BY_RELEASE.computeIfAbsent(CalicoRelease.parse(version),
        r -> Validator.forRelease(r).withOfficialManifests(REFERENCE));
  }

  @Test
  void everyReferenceFileHasNoErrors() throws IOException {
    List<Path> files = referenceFiles();
    assertThat(files).hasSize(505);
    List<String> failures = new ArrayList<>();
    int documents = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      ValidationReport report = validatorFor(file, text).validate(text).withFile(ReferenceData.root().relativize(file).toString());
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
        .map(d -> d.release().label()).contains("v3.24.5");
    assertThat(text).contains("calico/node:v3.24.5");
  }
}
