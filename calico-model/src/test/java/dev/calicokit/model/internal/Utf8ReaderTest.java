package dev.calicokit.model.internal;

import static dev.calicokit.model.internal.Readers.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.io.SourceReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {
  @Test
  void decodesCharactersSplitAcrossItsBuffers() throws IOException {
    // Two-, three- and four-byte characters, with one sure to straddle the 64 KiB byte buffer.
    String text = "a".repeat(64 * 1024 - 1) + "é€😀 end\n" + "ü".repeat(50_000);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(utf8)), 4096)).isEqualTo(text);
    assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(utf8)), 1)).isEqualTo(text);
    assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(new byte[0])), 10)).isEmpty();
  }

  @Test
  void namesAnInvalidByteAsDecodingHeldBytesDoes() {
    String before = "x".repeat(70_000) + "\nline two é ";
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xFF;
    bytes[head.length + 1] = 'a';
    bytes[head.length + 2] = '\n';
    ResourceReadException held = org.junit.jupiter.api.Assertions.assertThrows(ResourceReadException.class,
        () -> SourceReader.decode(bytes));
    assertThatThrownBy(() -> readAll(new Utf8Reader(new ByteArrayInputStream(bytes)), 1000))
        .isInstanceOfSatisfying(ResourceReadException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(held.getMessage()).contains("at byte " + head.length);
          assertThat(e.line()).isEqualTo(held.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(held.column()).isEqualTo(12);
        });
  }
}
