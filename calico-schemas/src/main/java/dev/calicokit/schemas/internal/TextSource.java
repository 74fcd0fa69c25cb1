package dev.calicokit.schemas.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A manifest's text that can be read more than once, each time as a stream: the validator scans its
 * image lines for the release they name, then parses it to judge it, and reads it again only to locate
 * findings that rules across documents make. A file is never held whole.
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

  /**
   * Hands each line of the text that holds {@code word} (ASCII) to {@code found}, in order, without its
   * line break and without parsing the text.
   */
  void linesWith(String word, Consumer<String> found);

  /** Text held in memory. */
  static TextSource of(String text) {
    return new TextSource() {
      @Override
      public Reader open() {
        return new StringReader(text);
      }

      @Override
      public void linesWith(String word, Consumer<String> found) {
        // The text is at hand: jump from one occurrence of the word to the next, not line by line.
        for (int at = text.indexOf(word); at >= 0; ) {
          int start = text.lastIndexOf('\n', at) + 1;
          int end = text.indexOf('\n', at);
          end = end < 0 ? text.length() : end;
          found.accept(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
          at = end < text.length() ? text.indexOf(word, end) : -1;
        }
      }
    };
  }

  /** UTF-8 bytes held in memory, decoded as they are read. */
  static TextSource ofUtf8(byte[] utf8) {
    return new Utf8Text(() -> new ByteArrayInputStream(utf8));
  }

  /** A UTF-8 file, decoded as it is read. */
  static TextSource ofFile(Path file) {
    return new Utf8Text(() -> Files.newInputStream(file));
  }
}
