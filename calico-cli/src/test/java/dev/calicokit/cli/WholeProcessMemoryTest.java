package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calico validate} as a process with a small heap: a file several times larger than the heap
 * validates, since documents are read and judged as a stream (memory bounded by the largest document),
 * whatever their kinds (the rules across documents keep small facts of each, never a document) and
 * whether the text comes from a file or from standard input (copied to a temporary file as it arrives,
 * deleted afterwards); a single document too large for the heap still ends in one line on standard error
 * and exit 2.
 */
class WholeProcessMemoryTest {
  /** The heap given to the process, far below the file's size. */
  private static final String HEAP = "-Xmx32m";

  @TempDir
  Path dir;

  private record Result(int exit, String stdout, String stderr) {}

  private Result validate(Path file) throws IOException, InterruptedException {
    return run(List.of("validate", file.toString()), null);
  }

  /** The CLI as a process under {@link #HEAP}, its temporary files in {@code dir/tmp}, fed {@code stdin} when given. */
  private Result run(List<String> args, Path stdin) throws IOException, InterruptedException {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-XX:-UsePerfData", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        CalicoCli.class.getName()));
    command.addAll(args);
    Path out = dir.resolve("stdout.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).start();
    // Standard input is a pipe written as the process reads it, not a file it could seek in.
    Thread feeder = new Thread(() -> {
      try (OutputStream in = p.getOutputStream()) {
        if (stdin != null) {
          Files.copy(stdin, in);
        }
      } catch (IOException e) {
        // the process stopped reading: its exit code and standard error say why
      }
    });
    feeder.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    feeder.join();
    return new Result(exit, Files.readString(out), err);
  }

  /**
   * Secrets, Services, ConfigMaps and custom resources of a kind no one knows, in turn, 24 kB each: the
   * kinds the rules across documents once kept whole. About 150 MB of YAML, nearly 6,400 documents.
   */
  private Path kubernetesAndUnknownKinds() throws IOException {
    String base64 = "Y2FsaWNva2l0IHRlc3QgZGF0YQ==".repeat(860);
    String note = "a note that is long enough to make each document large; ".repeat(430);
    Path file = dir.resolve("kinds.yaml");
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < 6400; i++) {
        switch (i % 4) {
          case 0 -> w.write("apiVersion: v1\nkind: Secret\nmetadata:\n  name: secret-" + i + "\n  namespace: shop\n"
              + "type: Opaque\ndata:\n  blob: " + base64 + "\n");
          case 1 -> w.write("apiVersion: v1\nkind: Service\nmetadata:\n  name: web-" + i + "\n  namespace: shop\n"
              + "  annotations:\n    note: \"" + note + "\"\nspec:\n  selector: {app: web}\n  ports:\n"
              + "    - {port: 80, targetPort: 8080}\n");
          case 2 -> w.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-" + i + "\n  namespace: shop\n"
              + "data:\n  note: \"" + note + "\"\n");
          default -> w.write("apiVersion: widgets.example.com/v1\nkind: Widget\nmetadata:\n  name: widget-" + i
              + "\nspec:\n  note: \"" + note + "\"\n");
        }
        w.write("---\n");
      }
    }
    assertThat(Files.size(file)).isGreaterThan(4L * 32 * 1024 * 1024);
    return file;
  }

  @Test
  void aFileOfManyKindsFourTimesTheHeapValidatesAsAStream() throws Exception {
    Path file = kubernetesAndUnknownKinds();
    Result r = run(List.of("validate", "--summary", file.toString()), null);
    assertThat(r.stderr()).isEmpty();
    // Each Widget is a kind of an API group the validator does not know: an info, as for a small file.
    assertThat(r.stdout()).isEqualTo("0 errors, 0 warnings, 1600 infos\n");
    assertThat(r.exit()).isEqualTo(CalicoCli.OK);
  }

  @Test
  void standardInputFourTimesTheHeapValidatesAsAFileDoes() throws Exception {
    Path file = kubernetesAndUnknownKinds();
    Result r = run(List.of("validate", "--summary", "-"), file);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).isEqualTo("0 errors, 0 warnings, 1600 infos\n");
    assertThat(r.exit()).isEqualTo(CalicoCli.OK);
    try (Stream<Path> left = Files.list(dir.resolve("tmp"))) {
      assertThat(left).as("the copy of standard input is deleted").isEmpty();
    }
  }

  @Test
  void standardInputWithAnErrorIsLocatedAsInAFile() throws Exception {
    // The findings of rules across documents are located by reading the text again: the copy is re-read.
    String text = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n"
        + "  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n"
        + "      containers:\n        - name: web\n          image: nginx\n          envFrom:\n"
        + "            - configMapRef: {name: missing}\n";
    Path file = Files.writeString(dir.resolve("web.yaml"), text);
    Result fromFile = run(List.of("validate", file.toString()), null);
    Result fromStdin = run(List.of("validate", "-"), file);
    assertThat(fromStdin.stdout()).isEqualTo(fromFile.stdout().replace(file.toString(), "-"))
        .contains("-:13:").contains("manifest.configmap-missing");
    assertThat(fromStdin.exit()).isEqualTo(CalicoCli.FINDINGS);
    try (Stream<Path> left = Files.list(dir.resolve("tmp"))) {
      assertThat(left).isEmpty();
    }
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
