package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (bin/calico) where its class-data-sharing archive cannot be used falls back, it does
 * not fail: an archive of another JDK build, a corrupt one, a truncated one, one older than the jar and
 * a read-only unpacked distribution without one each give the output, the standard error and the exit
 * code of a plain {@code java -jar} run, so nothing from the JVM reaches standard error. A truncated
 * archive crashed the JVM until the launcher learnt to check its size.
 *
 * <p>The tests run in the test phase, before {@code mvn package} builds the shaded jar, so they build
 * an unpacked distribution of their own from this build's class path: {@code bin/calico} as it is,
 * {@code lib/calico-cli.jar} with the shaded jar's Main-Class and a Class-Path naming copies of the
 * class path's jars (and jars of its class folders; the JVM archives classes from jars only). The
 * launcher treats it as it treats the real one. Each archive is made from one the launcher dumped here:
 * "another JDK build" is that archive with the JVM build it names (its header's JVM identity) changed,
 * which is what the JVM compares; a run with {@code -Xshare:on} shows that the good archive maps and
 * each bad one is refused, so the fallback is what is tested.
 */
class LauncherFallbackTest {
  @TempDir
  static Path dist;

  private static Path jar;
  private static Path archive;
  private static byte[] goodArchive;
  private static Result plain;

  private record Result(int exit, String stdout, String stderr) {}

  /** Not canonical (flow style), so fmt prints something; and a missing file, so the exit is 2 with a line of ours. */
  private static final List<String> ARGS = List.of("fmt", "pool.yaml", "missing.yaml");

  @BeforeAll
  static void unpackADistributionAndRunItOnce() throws Exception {
    assumeTrue(new File("/bin/sh").canExecute(), "/bin/sh");
    Path launcher = Path.of(System.getProperty("user.dir"), "bin", "calico");
    assumeTrue(Files.isRegularFile(launcher), "bin/calico");
    Path deps = Files.createDirectories(dist.resolve("lib/deps"));
    List<String> classPath = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      Path copy = deps.resolve((n++) + "-" + p.getFileName() + (Files.isDirectory(p) ? ".jar" : ""));
      if (Files.isDirectory(p) && !p.endsWith("test-classes")) {
        jarOf(p, copy, null);
      } else if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
        Files.copy(p, copy);
      } else {
        continue;
      }
      classPath.add("deps/" + copy.getFileName());
    }
    jar = dist.resolve("lib/calico-cli.jar");
    jarOf(null, jar, String.join(" ", classPath));
    archive = dist.resolve("lib/calico-cli.jsa");
    Files.createDirectories(dist.resolve("bin"));
    Files.copy(launcher, dist.resolve("bin/calico"));
    Files.writeString(dist.resolve("pool.yaml"), "{apiVersion: v1, kind: Namespace, metadata: {name: a}}\n");

    plain = run(false, null, Stream.concat(Stream.of(java(), "-jar", jar.toString()), ARGS.stream()).toList());
    assertThat(plain.exit()).as(plain.stderr()).isEqualTo(CalicoCli.BAD_INPUT);
    assertThat(plain.stdout()).isEqualTo("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n");
    assertThat(plain.stderr()).isEqualTo("calico fmt: missing.yaml: no such file\n");

    // The first run of an unpacked distribution dumps the archive for the runs after it.
    assertThat(launcher(null)).isEqualTo(plain);
    assertThat(archive).isRegularFile();
    goodArchive = Files.readAllBytes(archive);
    assertThat(goodArchive.length).isGreaterThan(1 << 20);
    assertThat(Files.readString(dist.resolve("lib/calico-cli.jsa.size")).strip()).isEqualTo(String.valueOf(goodArchive.length));
  }

  @AfterAll
  static void writableAgain() throws IOException {
    if (dist != null) {
      chmod(dist, "rwx", "rw-");   // so that the temporary folder can be removed
    }
  }

  @Test
  void theArchiveTheLauncherDumpedMapsAndGivesThePlainRunsOutput() throws Exception {
    installArchive(goodArchive, goodArchive.length);
    assertThat(launcher(null)).isEqualTo(plain);
    assertThat(launcher("-Xshare:on")).as("the archive maps").isEqualTo(plain);
  }

  @Test
  void anArchiveOfAnotherJdkBuildIsNotUsed() throws Exception {
    byte[] other = goodArchive.clone();
    String vm = System.getProperty("java.vm.version");
    int at = indexOf(other, vm.getBytes(StandardCharsets.US_ASCII));
    assertThat(at).as("the archive names the JVM build " + vm).isGreaterThanOrEqualTo(0).isLessThan(4096);
    other[at + vm.length() - 1] = (byte) (other[at + vm.length() - 1] == 'x' ? 'y' : 'x');
    assertFallsBack(other);
  }

  @Test
  void aCorruptArchiveIsNotUsed() throws Exception {
    byte[] corrupt = goodArchive.clone();
    Arrays.fill(corrupt, 0, 4096, (byte) 0x5a);
    assertFallsBack(corrupt);
  }

  /**
   * JDK 17's JVM does not refuse a truncated archive: it crashes mapping it (SIGBUS, exit 134, its
   * report on standard output). So the launcher hands the JVM an archive only at the size recorded
   * when it was dumped; here, where lib/ is writable, the run dumps a whole one again.
   */
  @Test
  void aTruncatedArchiveIsNotHandedToTheJvmAndAWholeOneTakesItsPlace() throws Exception {
    installArchive(Arrays.copyOf(goodArchive, goodArchive.length / 2), goodArchive.length);
    assertThat(launcher(null)).isEqualTo(plain);
    assertThat(Files.size(archive)).isGreaterThan(1 << 20);
    assertThat(Files.readString(dist.resolve("lib/calico-cli.jsa.size")).strip()).isEqualTo(String.valueOf(Files.size(archive)));
    assertThat(launcher("-Xshare:on")).as("the new archive maps").isEqualTo(plain);
  }

  @Test
  void anArchiveOlderThanTheJarIsReplacedByTheRunAndNotUsed() throws Exception {
    installArchive(goodArchive, goodArchive.length);
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 3_600_000));
    assertThat(launcher(null)).isEqualTo(plain);
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));
  }

  @Test
  void aReadOnlyDistributionWithoutAnArchiveRunsPlainAndWritesNothing() throws Exception {
    Files.deleteIfExists(archive);
    Files.deleteIfExists(dist.resolve("lib/calico-cli.jsa.size"));
    chmod(dist, "r-x", "r--");
    try {
      // root may write anywhere: the run is then made as nobody, for whom the folder is read-only.
      boolean root = "root".equals(System.getProperty("user.name"));
      assumeTrue(!root || new File("/usr/bin/setpriv").canExecute(), "setpriv, to run as nobody");
      assertThat(run(root, null, launcherCommand())).isEqualTo(plain);
      try (Stream<Path> files = Files.list(dist.resolve("lib"))) {
        assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("calico-cli.jar", "deps");
      }
    } finally {
      chmod(dist, "rwx", "rw-");
    }
  }

  /** The archive installed newer than the jar, at its recorded size: the launcher hands it to the JVM, which must run without it. */
  private static void assertFallsBack(byte[] bad) throws Exception {
    installArchive(bad, bad.length);
    assertThat(launcher(null)).isEqualTo(plain);
    Result strict = launcher("-Xshare:on");
    assertThat(strict.exit() != plain.exit() || !strict.stderr().equals(plain.stderr()))
        .as("the JVM refuses this archive under -Xshare:on: %s", strict).isTrue();
    assertThat(archive).hasBinaryContent(bad);
  }

  /** The archive of these bytes, newer than the jar, and its size as the launcher records it at a dump. */
  private static void installArchive(byte[] bytes, long recordedSize) throws IOException {
    Files.write(archive, bytes);
    Files.writeString(dist.resolve("lib/calico-cli.jsa.size"), recordedSize + "\n");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
  }

  private static Result launcher(String javaOpts) throws Exception {
    return run(false, javaOpts, launcherCommand());
  }

  private static List<String> launcherCommand() {
    return Stream.concat(Stream.of("/bin/sh", dist.resolve("bin/calico").toString()), ARGS.stream()).toList();
  }

  private static Result run(boolean asNobody, String javaOpts, List<String> command) throws Exception {
    List<String> full = new ArrayList<>();
    if (asNobody) {
      full.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    full.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(full).directory(dist.toFile());
    Map<String, String> env = pb.environment();
    env.remove("CALICO_NO_CDS");
    env.remove("CALICO_JAVA_OPTS");
    env.remove("JAVA_TOOL_OPTIONS");   // the JVM names it on standard error
    env.remove("_JAVA_OPTIONS");
    if (javaOpts != null) {
      env.put("CALICO_JAVA_OPTS", javaOpts);
    }
    // The launcher runs the `java` of the PATH: this JVM's, as the archive belongs to one JDK build.
    env.put("PATH", Path.of(java()).getParent() + File.pathSeparator + System.getenv("PATH"));
    Process p = pb.start();
    java.util.concurrent.CompletableFuture<String> out = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    return new Result(exit, out.get(), err);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A jar of a class folder, or with {@code classPath} an empty jar whose manifest runs the command line. */
  private static void jarOf(Path folder, Path target, String classPath) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (classPath != null) {
      manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, CalicoCli.class.getName());
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
      out.setLevel(1);
      if (folder == null) {
        return;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = folder.relativize(f).toString().replace(File.separatorChar, '/');
          if (name.equals("META-INF/MANIFEST.MF")) {
            continue;
          }
          out.putNextEntry(new JarEntry(name));
          Files.copy(f, (OutputStream) out);
          out.closeEntry();
        }
      }
    }
  }

  /** Sets every folder's and file's permissions below {@code root}, for its owner, group and others alike. */
  private static void chmod(Path root, String folders, String files) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString(folders.repeat(3)));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(files.repeat(3)));
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
