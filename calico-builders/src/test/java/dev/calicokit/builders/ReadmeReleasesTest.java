package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README names the releases the model knows, as the model names them. */
class ReadmeReleasesTest {
  @Test
  void theReadmeListsThePatchesOfEveryMinorTheModelKnows() throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("user.dir")).getParent().resolve("README.md"))
        .replaceAll("\\s+", " ");
    Matcher m = Pattern.compile("every patch of each minor from v3\\.24 to v3\\.32 \\(([^)]*)\\)").matcher(readme);
    assertThat(m.find()).as("the README's sentence on versions").isTrue();
    List<String> listed = List.of(m.group(1).split(", "));
    List<String> expected = new ArrayList<>();
    for (Release r : Release.all()) {
      if (r != Release.V3_21) {
        List<CalicoRelease> patches = r.patches();
        expected.add(patches.get(0).label() + " to " + patches.get(patches.size() - 1).label());
      }
    }
    assertThat(listed).isEqualTo(expected);
    assertThat(readme).contains("v3.21.1 (calico and crds)")
        .contains("all " + CalicoRelease.all().size() + " releases");
  }
}
