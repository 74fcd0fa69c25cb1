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
 * input deep enough to overflow the stack each end in one line on standard error and exit 2; SIGTERM in
 * the middle of an in-place write leaves the file whole and no temporary file.
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

  /**
   * SIGTERM while {@code fmt --in-place} writes: the file is the old content or the whole new one, and
   * no temporary file is left. The signal is sent as soon as the temporary file appears, so that it
   * lands mid-write; where the write finishes first, the same holds of the finished run.
   */
  @Test
  void sigtermDuringAnInPlaceWriteLeavesTheFileWholeAndNoTemporaryFile() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      // Not canonical (flow style, extra spaces), so fmt rewrites every document.
      text.append("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: p").append(i)
          .append("}\nspec:\n  selector:   \"app == 'x'\"\n  ingress: [{action: Allow, protocol: TCP}]\n---\n");
    }
    Path file = Files.writeString(dir.resolve("policies.yaml"), text);
    byte[] before = Files.readAllBytes(file);
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), CalicoCli.class.getName(),
        "fmt", "--in-place", file.toString());
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    boolean signalled = false;
    while (p.isAlive() && !signalled) {
      try (var files = Files.list(dir)) {
        if (files.anyMatch(f -> !f.getFileName().toString().equals("policies.yaml"))) {
          p.destroy(); // SIGTERM
          signalled = true;
        }
      }
    }
    p.waitFor();
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("policies.yaml");
    }
    byte[] after = Files.readAllBytes(file);
    System.out.println("SIGTERM " + (signalled ? "sent while the temporary file existed" : "not needed: the write finished")
        + "; the file holds " + (java.util.Arrays.equals(after, before) ? "its old content" : "the whole new content"));
    if (!java.util.Arrays.equals(after, before)) {
      // The whole formatted file: formatting it again changes nothing, and every document is there.
      String formatted = new String(after, StandardCharsets.UTF_8);
      assertThat(formatted).endsWith("\n").contains("name: p19999\n");
      assertThat(formatted.split("\n---\n", -1)).hasSize(20_000);
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

  /**
   * The launcher (bin/calico) with no locale set, as in many containers, on a file whose name is not
   * ASCII: it runs the JVM under C.UTF-8, so the file opens. The JVM is reached through a stand-in
   * {@code java} on the PATH that runs this build's classes instead of the jar the script names.
   */
  @Test
  void theLauncherOpensANonAsciiFileNameWithNoLocaleSet() throws Exception {
    Path launcher = Path.of(System.getProperty("user.dir"), "bin", "calico");
    assumeTrue(Files.isRegularFile(launcher) && new File("/bin/sh").exists(), "bin/calico and /bin/sh");
    Path bin = Files.createDirectory(dir.resolve("fakebin"));
    Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nwhile [ \"$1\" != -jar ]; do shift; done\nshift 2\n"
        + "exec \"$REAL_JAVA\" -XX:-UsePerfData -cp \"$TEST_CP\" " + CalicoCli.class.getName() + " \"$@\"\n");
    java.toFile().setExecutable(true);
    Path file = Files.writeString(dir.resolve("p\u00f6licy-\u7b56\u7565.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a # kept\n");
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", launcher.toString(), "fmt", file.getFileName().toString())
        .directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
    pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
    pb.environment().put("REAL_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    pb.environment().put("TEST_CP", System.getProperty("java.class.path"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isEqualTo(0);
    assertThat(out).isEqualTo("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a # kept\n");
  }
}
