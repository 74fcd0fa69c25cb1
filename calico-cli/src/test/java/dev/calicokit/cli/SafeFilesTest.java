package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-or-nothing writes: mode kept, links followed, no temporary file left, old content on failure. */
class SafeFilesTest {
  @TempDir
  Path dir;

  @Test
  void replacesTheContentAndKeepsTheMode() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
    Path f = Files.writeString(dir.resolve("calico.yaml"), "old\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
    SafeFiles.write(f, "new\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(f)).isEqualTo("new\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void writesTheTargetOfASymbolicLinkAndKeepsTheLink() throws IOException {
    Path target = Files.writeString(dir.resolve("real.yaml"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), Path.of("real.yaml"));
    SafeFiles.write(link, "new\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("new\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aNewFileGetsTheUsualMode() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
    Path f = dir.resolve("new.yaml");
    SafeFiles.write(f, "x\n".getBytes(StandardCharsets.UTF_8));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
  }

  @Test
  void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws IOException {
    // The target is a folder: the final rename fails after the temporary file was written in full.
    Path folder = Files.createDirectory(dir.resolve("occupied.yaml"));
    Files.writeString(folder.resolve("inside"), "kept");
    try {
      SafeFiles.write(folder, "new\n".getBytes(StandardCharsets.UTF_8));
    } catch (IOException expected) {
      // what the commands report as "cannot write"
    }
    assertThat(Files.readString(folder.resolve("inside"))).isEqualTo("kept");
    assertThat(leftovers()).isEmpty();
  }

  private Stream<Path> leftovers() throws IOException {
    return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".calico-tmp")).toList().stream();
  }
}
