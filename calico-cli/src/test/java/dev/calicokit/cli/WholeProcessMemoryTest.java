package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calico validate} as a process with a small heap: a file several times larger than the heap
 * validates, since documents are read and judged as a stream (memory bounded by the largest document);
 * a single document too large for the heap still ends in one line on standard error and exit 2.
 */
class WholeProcessMemoryTest {
  /** The heap given to the process, far below the file's size. */
  private static final String HEAP = "-Xmx32m";

  @TempDir
  Path dir;

  private record Result(int exit, String stdout, String stderr) {}

  private Result validate(Path file) throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
        "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), CalicoCli.class.getName(), "validate",
        file.toString());
    Path out = dir.resolve("stdout.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    return new Result(exit, Files.readString(out), err);
  }

  @Test
  void aFileFourTimesTheHeapValidatesAsAStream() throws Exception {
    // 1,400 policies of about 100 kB each (a long annotation): 144 MB of YAML, cheap to judge.
    String note = "a note that is long enough to make each document large; ".repeat(1800);
    Path file = dir.resolve("policies.yaml");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < 1400; i++) {
        w.write("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: allow-web-" + i
            + "\n  annotations:\n    note: \"" + note + "\"\nspec:\n  selector: app == 'web'\n  ingress:\n"
            + "    - action: Allow\n      protocol: TCP\n      destination:\n        ports: [80, 443]\n---\n");
      }
    }
    assertThat(Files.size(file)).isGreaterThan(4L * 32 * 1024 * 1024);
    Result r = validate(file);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("0 errors, 0 warnings, 0 infos\n");
    assertThat(r.exit()).isEqualTo(CalicoCli.OK);
  }

  @Test
  void oneDocumentLargerThanTheHeapIsOneLineAndExitTwo() throws Exception {
    // 700,000 networks in one network set: 14 MB of text, within the reader's bound on one document,
    // but a tree of more nodes than 32 MB of heap holds.
    Path file = dir.resolve("networks.yaml");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\nmetadata:\n  name: many\nspec:\n  nets:\n");
      for (int i = 0; i < 700_000; i++) {
        w.write("    - 10." + (i / 65536 % 256) + "." + (i / 256 % 256) + ".0/24\n");
      }
    }
    Result r = validate(file);
    assertThat(r.stderr().lines().count()).as(r.stderr()).isEqualTo(1);
    assertThat(r.stderr()).startsWith("calico: out of memory").doesNotContain("\tat ");
    assertThat(r.exit()).isEqualTo(CalicoCli.BAD_INPUT);
  }
}
