package dev.calicokit.cli;

import dev.calicokit.model.io.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
