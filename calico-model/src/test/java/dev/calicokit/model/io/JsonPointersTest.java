package dev.calicokit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pointer segments escaped as RFC 6901 says, in the order it says (~ first, then /). */
class JsonPointersTest {
  @Test
  void tildeAndSlashAreEscaped() {
    assertThat(JsonPointers.escape("projectcalico.org/metadata")).isEqualTo("projectcalico.org~1metadata");
    assertThat(JsonPointers.escape("a~/b")).isEqualTo("a~0~1b");
    assertThat(JsonPointers.escape("~1")).isEqualTo("~01");
    assertThat(JsonPointers.child("/metadata/annotations", "k8s.io/x")).isEqualTo("/metadata/annotations/k8s.io~1x");
  }

  @Test
  void plainKeysAreKeptAsTheyAre() {
    String key = "ingress";
    assertThat(JsonPointers.escape(key)).isSameAs(key);
  }
}
