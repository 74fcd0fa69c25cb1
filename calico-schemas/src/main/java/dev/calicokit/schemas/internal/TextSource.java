package dev.calicokit.schemas.internal;

import dev.calicokit.model.io.SourceReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A manifest's text that can be read more than once, each time as a stream: the validator reads it to
 * find the release its images name, then to judge it, and again only to locate findings that rules
 * across documents make. A file is never held whole.
 */
public interface TextSource {
  /** A new reader from the start of the text. */
  Reader open() throws IOException;

  /** The same, with a failure to open the text as an unchecked exception. */
  default Reader openUnchecked() {
    try {
      return open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text held in memory. */
  static TextSource of(String text) {
    return () -> new StringReader(text);
  }

  /** UTF-8 bytes held in memory, decoded as they are read. */
  static TextSource ofUtf8(byte[] utf8) {
    return () -> SourceReader.utf8(new ByteArrayInputStream(utf8));
  }

  /** A UTF-8 file, decoded as it is read. */
  static TextSource ofFile(Path file) {
    return () -> SourceReader.utf8(Files.newInputStream(file));
  }

  /** Whether the text holds {@code word} anywhere, read in buffers without parsing it. */
  default boolean contains(String word) {
    try (Reader in = open()) {
      char[] buffer = new char[64 * 1024];
      int keep = word.length() - 1;
      int filled = 0;
      int n;
      while ((n = in.read(buffer, filled, buffer.length - filled)) > 0) {
        filled += n;
        if (new String(buffer, 0, filled).contains(word)) {
          return true;
        }
        // The last characters may start the word: keep them before the next buffer.
        int from = Math.max(0, filled - keep);
        System.arraycopy(buffer, from, buffer, 0, filled - from);
        filled -= from;
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
