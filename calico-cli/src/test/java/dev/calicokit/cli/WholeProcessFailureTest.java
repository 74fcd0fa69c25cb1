package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a process, where the failures are the operating system's: a full disk behind
 * standard output ({@code /dev/full}), a file-size limit ({@code ulimit -f}) while writing a file, and
 * input deep enough to overflow the stack. Each ends in one line on standard error and exit 2.
 */
class WholeProcessFailureTest {
  @TempDir
  Path dir;

  private record Result(int exit, String stderr) {}

  private Result calico(String shellPrefix, File stdout, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:-UsePerfData");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CalicoCli.class.getName());
    command.addAll(List.of(args));
    if (shellPrefix != null) {
      List<String> quoted = command.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList();
      command = List.of("bash", "-c", shellPrefix + "; exec " + String.join(" ", quoted));
    }
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout));
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), err);
  }

  @Test
  void aFullDiskBehindStandardOutputIsExitTwo() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full");
    Result r = calico(null, full, "render", "--preset", "calico", "--version", "v3.32.1");
    assertThat(r.exit()).isEqualTo(CalicoCli.BAD_INPUT);
    assertThat(r.stderr()).isEqualTo("calico: cannot write to standard output: No space left on device\n");
  }

  @Test
  void aFileSizeLimitWhileWritingLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
    assumeTrue(new File("/bin/bash").exists(), "bash");
    Path out = Files.writeString(dir.resolve("calico.yaml"), "old: content\n");
    // 64 KiB: far less than the manifest (about 1.4 MB), more than the JVM needs for itself.
    Result r = calico("ulimit -f 64", null, "render", "--preset", "calico", "--version", "v3.32.1", "--out", out.toString());
    assertThat(r.exit()).as(r.stderr()).isEqualTo(CalicoCli.BAD_INPUT);
    assertThat(r.stderr()).startsWith("calico render: " + out + ": cannot write: ").doesNotContain("\tat ");
    assertThat(Files.readString(out)).isEqualTo("old: content\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("calico.yaml");
    }
  }

  @Test
  void inputThatOverflowsTheStackIsOneLineAndExitTwo() throws Exception {
    String selector = "(".repeat(20_000) + "a == 'b'" + ")".repeat(20_000);
    Path f = Files.writeString(dir.resolve("deep.yaml"), "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
        + "metadata:\n  name: deep\nspec:\n  selector: \"" + selector + "\"\n");
    Result r = calico(null, null, "validate", f.toString());
    assertThat(r.stderr().lines().count()).as(r.stderr()).isLessThanOrEqualTo(1);
    assertThat(r.stderr()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    assertThat(r.exit()).isIn(CalicoCli.FINDINGS, CalicoCli.BAD_INPUT);
  }
}
