package dev.calicokit.cli;

import dev.calicokit.model.io.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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

  /** The file name endings read from a folder: manifests in YAML or JSON. */
  private static final List<String> MANIFEST_ENDINGS = List.of(".yaml", ".yml", ".json");

  /**
   * The inputs named on a command line with each folder replaced by the manifests below it (every
   * {@code .yaml}, {@code .yml} and {@code .json} file, recursively, in name order, hidden folders
   * skipped); files and {@code -} are kept as given, even when missing, so that reading names them.
   */
  static List<String> expand(List<String> names) throws IOException {
    List<String> inputs = new ArrayList<>();
    for (String name : names) {
      Path path = name.equals("-") ? null : Paths.get(name);
      if (path == null || !Files.isDirectory(path)) {
        inputs.add(name);
        continue;
      }
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(p -> !p.equals(path) && isManifest(p, path))
            .map(Path::toString)
            .sorted()
            .forEach(inputs::add);
      }
    }
    return inputs;
  }

  private static boolean isManifest(Path p, Path root) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return false; // .git and other hidden folders hold no manifests to judge
      }
    }
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p) && MANIFEST_ENDINGS.stream().anyMatch(name::endsWith);
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
    copyBounded(in, out, max);
    return out.toByteArray();
  }

  /**
   * Standard input ({@code -}) or a device or pipe copied, as it arrives, to a new temporary file that
   * only its owner can read, so that it can be read more than once as a stream, as a file is: the caller
   * deletes it. Fails as {@link #read} does (no such file, {@link TooLargeException}), the file deleted.
   *
   * @throws NoTemporaryFileException when no temporary file can be made (read the input whole instead)
   */
  static Path spool(String file) throws IOException {
    try (InputStream in = file.equals("-") ? unclosed(CalicoCli.stdin) : Files.newInputStream(Paths.get(file))) {
      return spool(in, MAX_BYTES, Paths.get(System.getProperty("java.io.tmpdir")));
    }
  }

  /** {@code in} copied to a new file in {@code folder}, up to {@code max} bytes; see {@link #spool(String)}. */
  static Path spool(InputStream in, long max, Path folder) throws IOException {
    Path copy;
    try {
      copy = Files.createTempFile(folder, "calico-input-", ".yaml");
    } catch (IOException | UnsupportedOperationException e) {
      throw new NoTemporaryFileException(e);
    }
    copy.toFile().deleteOnExit(); // should the process end before the caller deletes it
    try (OutputStream out = Files.newOutputStream(copy)) {
      copyBounded(in, out, max);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(copy);
      throw e;
    }
    return copy;
  }

  /** Deletes a copy made by {@link #spool}; one that cannot be deleted now is deleted when the process ends. */
  static void delete(Path copy) {
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      // left to deleteOnExit: the input was judged, and that is what the user asked for
    }
  }

  /** No temporary file could be made for {@link #spool}; nothing was read from the input. */
  static final class NoTemporaryFileException extends IOException {
    private static final long serialVersionUID = 1L;

    NoTemporaryFileException(Exception cause) {
      super("cannot make a temporary file: " + cause.getMessage(), cause);
    }
  }

  /** Standard input is the process's: reading it to its end must not close it. */
  private static InputStream unclosed(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  private static void copyBounded(InputStream in, OutputStream out, long max) throws IOException {
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
  }
}
