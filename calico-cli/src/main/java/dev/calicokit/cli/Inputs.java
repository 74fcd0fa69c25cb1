package dev.calicokit.cli;

import dev.calicokit.model.io.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Reads a command's input files and standard input with a bound on their size, checked while reading:
 * a 200 MB file or {@code /dev/zero} ends in a clear message at the limit instead of filling the heap
 * first (the reader's own limits apply only once the whole text is decoded).
 */
final class Inputs {
  /** The most bytes read from one input: the reader's bound on characters in a whole stream. */
  static final long MAX_BYTES = ReadLimits.defaults().maxTotalChars();

  private Inputs() {}

  /** An input that is larger than {@link #MAX_BYTES}. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long max) {
      super("larger than " + max + " bytes, the limit on one input (ReadLimits.maxTotalChars)");
    }
  }

  /** The bytes of a file, or of standard input for {@code -}. */
  static byte[] read(String file) throws IOException {
    if (file.equals("-")) {
      return readBounded(CalicoCli.stdin, MAX_BYTES);
    }
    try (InputStream in = Files.newInputStream(Paths.get(file))) {
      return readBounded(in, MAX_BYTES);
    }
  }

  /** All of a stream, or a {@link TooLargeException} as soon as it has given more than {@code max} bytes. */
  static byte[] readBounded(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > max) {
        throw new TooLargeException(max);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
