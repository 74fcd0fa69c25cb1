package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextSourceTest {
  @Test
  void findsAWordAcrossTheBuffersItReadsIn() {
    // "image" split across the 64 Ki boundary of the buffer.
    String text = "x".repeat(64 * 1024 - 2) + "image: a";
    assertThat(TextSource.of(text).contains("image")).isTrue();
    assertThat(TextSource.ofUtf8(text.getBytes(StandardCharsets.UTF_8)).contains("image")).isTrue();
    assertThat(TextSource.of("x".repeat(200_000) + "imag").contains("image")).isFalse();
    assertThat(TextSource.of("").contains("image")).isFalse();
  }
}
