package dev.calicokit.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The training run of the class-data-sharing archive (bin/build-cds-archive, at package time): renders
 * a manifest, then formats and validates it, in one JVM, so that the archive holds the classes of the
 * three commands people run most. Not a command of its own; its output is thrown away.
 */
final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws Exception {
    Path work = Paths.get(args[0]);
    Path manifest = work.resolve("calico.yaml");
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    ByteArrayInputStream noInput = new ByteArrayInputStream(new byte[0]);
    run(new String[] {"render", "--preset", "calico", "--version", "v3.32.1", "--out", manifest.toString()}, noInput, nowhere);
    run(new String[] {"fmt", manifest.toString()}, noInput, nowhere);
    run(new String[] {"validate", manifest.toString()}, noInput, nowhere);
    run(new String[] {"render", "--preset", "calico-vxlan", "--version", "v3.28.5"}, noInput, nowhere);
    Files.deleteIfExists(manifest);
  }

  private static void run(String[] args, ByteArrayInputStream in, PrintWriter nowhere) {
    int code = CalicoCli.run(args, in, nowhere, nowhere);
    if (code > CalicoCli.FINDINGS) {
      throw new IllegalStateException("training run failed: calico " + String.join(" ", args) + " exited " + code);
    }
  }
}
