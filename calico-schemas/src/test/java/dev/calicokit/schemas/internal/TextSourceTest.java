package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSourceTest {
  private static List<String> linesWith(TextSource source, String word) {
    List<String> found = new ArrayList<>();
    source.linesWith(word, found::add);
    return found;
  }

  /** The same lines from the text, its UTF-8 bytes and a file of them. */
  private static List<String> everyWay(String text, String word, Path dir) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("text.yaml"), utf8);
    List<String> fromText = linesWith(TextSource.of(text), word);
    assertThat(linesWith(TextSource.ofUtf8(utf8), word)).isEqualTo(fromText);
    assertThat(linesWith(TextSource.ofFile(file), word)).isEqualTo(fromText);
    return fromText;
  }

  @Test
  void findsTheLinesThatHoldAWordAcrossTheBuffersItReadsIn(@TempDir Path dir) throws IOException {
    // "image" split across the 64 Ki boundary of the buffer, a line longer than the buffer, a CRLF line,
    // a line of other scripts and a last line without a newline.
    String text = "x".repeat(64 * 1024 - 2) + "image: a\n"
        + "y".repeat(200_000) + " image: long\n"
        + "  image: crlf\r\n"
        + "# Grüße: image ü\n"
        + "no word here\n"
        + "- image: last";
    assertThat(everyWay(text, "image", dir)).containsExactly(
        "x".repeat(64 * 1024 - 2) + "image: a", "y".repeat(200_000) + " image: long", "  image: crlf",
        "# Grüße: image ü", "- image: last");
  }

  @Test
  void findsNothingWhereTheWordIsNot(@TempDir Path dir) throws IOException {
    assertThat(everyWay("x".repeat(200_000) + "imag", "image", dir)).isEmpty();
    assertThat(everyWay("", "image", dir)).isEmpty();
    assertThat(everyWay("image", "image", dir)).containsExactly("image");
    assertThat(everyWay("\n\nimage\n\n", "image", dir)).containsExactly("image");
  }
}
