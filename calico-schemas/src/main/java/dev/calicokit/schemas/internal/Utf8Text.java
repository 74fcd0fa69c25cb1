package dev.calicokit.schemas.internal;

import dev.calicokit.model.io.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * UTF-8 text from a stream that can be opened again (a file, bytes in memory). Its lines are searched
 * as bytes, decoding only the lines that hold the word: a scan of a whole manifest for its image lines
 * then costs little more than reading the file, where decoding every character would cost as much as
 * a good part of parsing it.
 */
final class Utf8Text implements TextSource {
  /** Opens the bytes from their start. */
  @FunctionalInterface
  interface Bytes {
    InputStream open() throws IOException;
  }

  private final Bytes bytes;

  Utf8Text(Bytes bytes) {
    this.bytes = bytes;
  }

  @Override
  public Reader open() throws IOException {
    return SourceReader.utf8(bytes.open());
  }

  @Override
  public void linesWith(String word, Consumer<String> found) {
    byte[] w = word.getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = bytes.open()) {
      byte[] buffer = new byte[64 * 1024];
      int filled = 0;
      int n;
      while ((n = in.read(buffer, filled, buffer.length - filled)) > 0) {
        filled += n;
        int complete = lastNewline(buffer, filled) + 1; // the lines that end in this buffer
        if (complete == 0 && filled == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2); // one line longer than the buffer
          continue;
        }
        scan(buffer, 0, complete, w, found);
        System.arraycopy(buffer, complete, buffer, 0, filled - complete);
        filled -= complete;
      }
      scan(buffer, 0, filled, w, found); // a last line without a newline
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int lastNewline(byte[] b, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Hands over each line in {@code b[from, to)} holding {@code w}, without its line break. */
  private static void scan(byte[] b, int from, int to, byte[] w, Consumer<String> found) {
    int lineStart = from;
    for (int i = from; i <= to - w.length; i++) {
      if (b[i] == '\n') {
        lineStart = i + 1;
      } else if (b[i] == w[0] && startsWith(b, i, w)) {
        int end = i;
        while (end < to && b[end] != '\n') {
          end++;
        }
        int stop = end > lineStart && b[end - 1] == '\r' ? end - 1 : end;
        found.accept(new String(b, lineStart, stop - lineStart, StandardCharsets.UTF_8));
        i = end; // the next line starts after this one's newline
        lineStart = end + 1;
      }
    }
  }

  private static boolean startsWith(byte[] b, int at, byte[] w) {
    for (int j = 1; j < w.length; j++) {
      if (b[at + j] != w[j]) {
        return false;
      }
    }
    return true;
  }
}
