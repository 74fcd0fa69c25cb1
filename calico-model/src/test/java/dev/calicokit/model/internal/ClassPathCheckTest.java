package dev.calicokit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.calicokit.model.internal.ClassPathCheck.Found;
import org.junit.jupiter.api.Test;

class ClassPathCheckTest {
  @Test
  void theBuildsOwnClassPathPasses() {
    Found found = Found.onClassPath();
    assertThat(found.fabric8Version()).startsWith("8.");
    assertThat(found.fabric8BoundWithJackson3()).isTrue();
    assertThat(found.jackson3Version()).startsWith("3.");
    assertThat(found.jackson2Version()).startsWith("2.");
    assertThat(ClassPathCheck.problem(found)).isEmpty();
    assertThatCode(ClassPathCheck::require).doesNotThrowAnyException();
  }

  @Test
  void fabric8SevenIsNamedWithTheVersionsThatWorkAndWhatToChange() {
    // What a project importing fabric8's 7.x BOM has: its model classes carry Jackson 2's annotations.
    Found fabric8Seven = new Found("7.4.0", false, "3.2.3", "2.22.1");
    assertThat(ClassPathCheck.problem(fabric8Seven)).hasValueSatisfying(message -> assertThat(message)
        .contains("kubernetes-model-core 7.4.0", "bound with Jackson 2", "fabric8's Kubernetes model 8.x")
        .contains("io.fabric8:kubernetes-client-bom:8.")
        .doesNotContain("line"));
  }

  @Test
  void missingJackson3IsNamed() {
    assertThat(ClassPathCheck.problem(new Found("8.0.0", false, "unknown", "2.22.1")))
        .hasValueSatisfying(message -> assertThat(message).contains("Jackson 3", "tools.jackson.core:jackson-databind"));
  }

  @Test
  void anOldJackson2IsNamed() {
    assertThat(ClassPathCheck.problem(new Found("8.0.0", true, "3.2.3", "2.13.5")))
        .hasValueSatisfying(message -> assertThat(message).contains("Jackson 2.16", "the class path has 2.13.5"));
    assertThat(ClassPathCheck.problem(new Found("8.0.0", true, "3.2.3", "2.16.0"))).isEmpty();
  }

  @Test
  void versionsCompareByMajorAndMinor() {
    assertThat(ClassPathCheck.olderThan("2.15.4", 2, 16)).isTrue();
    assertThat(ClassPathCheck.olderThan("1.9", 2, 16)).isTrue();
    assertThat(ClassPathCheck.olderThan("2.16", 2, 16)).isFalse();
    assertThat(ClassPathCheck.olderThan("3.0.0", 2, 16)).isFalse();
    assertThat(ClassPathCheck.olderThan("unknown", 2, 16)).isFalse();
  }
}
