package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Inputs are read up to a bound, checked while reading, so an endless stream stops at the bound. */
class InputsTest {
  @Test
  void anEndlessStreamStopsJustPastTheBound() {
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 0);
        return len;
      }
    };
    assertThatThrownBy(() -> Inputs.readBounded(zeros, 1_000_000)).isInstanceOf(Inputs.TooLargeException.class)
        .hasMessage("larger than 1000000 bytes, the limit on one input (ReadLimits.maxTotalChars)");
  }

  @Test
  void aStreamPastTheBoundLeavesNoCopy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        return 0;
      }
    };
    assertThatThrownBy(() -> Inputs.spool(zeros, 1_000_000, dir)).isInstanceOf(Inputs.TooLargeException.class)
        .hasMessage("larger than 1000000 bytes, the limit on one input (ReadLimits.maxTotalChars)");
    try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aStreamWithinTheBoundIsCopiedToAFileOnlyItsOwnerReads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    byte[] bytes = "apiVersion: v1\nkind: ConfigMap\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Path copy = Inputs.spool(new ByteArrayInputStream(bytes), bytes.length, dir);
    assertThat(copy.getParent()).isEqualTo(dir);
    assertThat(java.nio.file.Files.readAllBytes(copy)).isEqualTo(bytes);
    if (copy.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(copy)))
          .isEqualTo("rw-------");
    }
    Inputs.delete(copy);
    assertThat(copy).doesNotExist();
  }

  @Test
  void anInputWithinTheBoundIsReadWhole() throws Exception {
    byte[] bytes = "apiVersion: v1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Inputs.readBounded(new ByteArrayInputStream(bytes), bytes.length)).isEqualTo(bytes);
  }

  @Test
  void foldersAreReadRecursivelyForManifestsInNameOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("b/deeper"));
    java.nio.file.Files.createDirectories(dir.resolve(".git"));
    for (String f : new String[] {"b/deeper/pool.yml", "a.yaml", "b/policy.json", "notes.txt", ".git/config.yaml", "c.YAML"}) {
      java.nio.file.Files.writeString(dir.resolve(f), "");
    }
    assertThat(Inputs.expand(java.util.List.of(dir.toString(), "-", "missing.yaml"))).containsExactly(
        dir.resolve("a.yaml").toString(), dir.resolve("b/deeper/pool.yml").toString(),
        dir.resolve("b/policy.json").toString(), dir.resolve("c.YAML").toString(), "-", "missing.yaml");
  }
}
