package dev.calicokit.model.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the official Calico files that tests compare against: the folder named by the system property
 * {@code calico.reference.dir}, else {@code ../shared/reference/calico} beside the project's root.
 * Tests that need it are skipped, with a message saying so, where it is absent.
 */
public final class ReferenceData {
  public static final ObjectMapper YAML =
      new YAMLMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ReferenceData() {}

  /** The reference folder, or a skipped test. */
  public static Path root() {
    Path p = locate();
    assumeTrue(p != null && Files.isDirectory(p),
        "Calico reference data not found (set -Dcalico.reference.dir=... or place it at ../shared/reference/calico"
            + " beside the project); skipping test that needs it");
    return p;
  }

  /**
   * The folder of the walk-through the project started from: the system property
   * {@code calico.seed.dir}, else {@code ../shared/seed} beside the project's root; a skipped test where
   * it is absent.
   */
  public static Path seed() {
    String prop = System.getProperty("calico.seed.dir");
    Path p = prop != null && !prop.isBlank() ? Paths.get(prop).toAbsolutePath().normalize() : null;
    if (p == null) {
      Path reference = locate();
      p = reference == null ? null : reference.resolve("../../seed").normalize();
    }
    assumeTrue(p != null && Files.isDirectory(p),
        "the seed walk-through not found (set -Dcalico.seed.dir=... or place it at ../shared/seed beside the"
            + " project); skipping test that needs it");
    return p;
  }

  private static Path locate() {
    String prop = System.getProperty("calico.reference.dir");
    if (prop != null && !prop.isBlank() && Files.isDirectory(Paths.get(prop))) {
      return Paths.get(prop).toAbsolutePath().normalize();
    }
    Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve(".mvn"))) {
        return dir.resolve("../shared/reference/calico").normalize();
      }
      dir = dir.getParent();
    }
    return null;
  }

  /**
   * Every release folder of the reference data (v3.21.1 and each patch from v3.24.0 on), oldest first
   * by version number, not by text ({@code v3.24.10} would follow {@code v3.24.9}).
   */
  public static List<Path> releaseDirs() {
    Path root = root();
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory)
          .filter(d -> Release.of(d.getFileName().toString()).isPresent())
          .sorted(Comparator.comparingLong((Path d) -> versionKey(d.getFileName().toString())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * v3.21.1 and the newest patch of each minor: one release per minor, for tests whose cost grows with
   * every release they cover and whose subject does not change between patches (the model and the
   * renderer reproduce every patch; {@link #releaseDirs()} covers them all).
   */
  public static List<Path> newestPatchDirs() {
    Map<String, Path> newest = new LinkedHashMap<>();
    for (Path d : releaseDirs()) {
      String name = d.getFileName().toString();
      newest.put(name.substring(0, name.lastIndexOf('.')), d);
    }
    return List.copyOf(newest.values());
  }

  /** The manifest files ({@code manifests/*.yaml}) and v3.21.1's CRD files of some release folders. */
  public static List<Path> manifestFiles(List<Path> releaseDirs) {
    List<Path> out = new ArrayList<>();
    for (Path dir : releaseDirs) {
      for (String sub : List.of("crds", "manifests")) {
        Path folder = dir.resolve(sub);
        if (!Files.isDirectory(folder)) {
          continue;
        }
        try (Stream<Path> s = Files.list(folder)) {
          s.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }

  private static long versionKey(String version) {
    long key = 0;
    for (String part : version.replaceFirst("^v", "").split("\\.")) {
      key = key * 1000 + Integer.parseInt(part);
    }
    return key;
  }

  /** One version of one CRD: where it comes from and its schema. */
  public static final class Crd {
    public final Release release;
    /** The patch release of the folder the CRD comes from, for example v3.30.0. */
    public final CalicoRelease calicoRelease;
    public final String releaseDir;
    public final String file;
    public final String apiVersion;
    public final ApiGroup group;
    public final String kind;
    public final JsonNode document;
    public final JsonNode version;

    Crd(Release release, String releaseDir, String file, String apiVersion, String kind, JsonNode document, JsonNode version) {
      this.release = release;
      this.calicoRelease = CalicoRelease.parse(releaseDir);
      this.releaseDir = releaseDir;
      this.file = file;
      this.apiVersion = apiVersion;
      this.group = ApiGroup.ofApiVersion(apiVersion).orElseThrow();
      this.kind = kind;
      this.document = document;
      this.version = version;
    }

    public JsonNode schema() {
      return version.path("schema").path("openAPIV3Schema");
    }

    @Override
    public String toString() {
      return file + " " + apiVersion + " " + kind;
    }
  }

  /**
   * Every CRD version of the releases the model reproduces ({@link #newestPatchDirs()}): crds.yaml,
   * calico-v3-crds.yaml and v3.21.1/crds/. Read once and shared by the tests that need them.
   */
  public static List<Crd> crds() {
    return CRDS.get();
  }

  private static final java.util.function.Supplier<List<Crd>> CRDS = memoize(() -> crdsOf(newestPatchDirs()));

  private static <T> java.util.function.Supplier<T> memoize(java.util.function.Supplier<T> s) {
    return new java.util.function.Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = s.get();
        }
        return value;
      }
    };
  }

  /** Every CRD version of some release folders, read afresh (the caller decides what to keep). */
  public static List<Crd> crdsOf(List<Path> releaseDirs) {
    Path root = root();
    List<Crd> out = new ArrayList<>();
    try {
      for (Path rel : releaseDirs) {
        String dir = rel.getFileName().toString();
        Release release = Release.of(dir).orElse(null);
        if (release == null) {
          continue;
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(rel.resolve("crds"))) {
          try (Stream<Path> s = Files.list(rel.resolve("crds"))) {
            s.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
          }
        }
        for (String name : List.of("manifests/crds.yaml", "manifests/calico-v3-crds.yaml")) {
          if (Files.exists(rel.resolve(name))) {
            files.add(rel.resolve(name));
          }
        }
        for (Path f : files) {
          for (JsonNode doc : documents(f)) {
            if (!"CustomResourceDefinition".equals(doc.path("kind").asText())) {
              continue;
            }
            String group = doc.path("spec").path("group").asText();
            String kind = doc.path("spec").path("names").path("kind").asText();
            for (JsonNode v : doc.path("spec").path("versions")) {
              out.add(new Crd(release, dir, root.relativize(f).toString(), group + "/" + v.path("name").asText(), kind, doc, v));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /** The documents of a YAML file, empty ones left out. */
  public static List<JsonNode> documents(Path file) {
    List<JsonNode> out = new ArrayList<>();
    try (var it = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
      while (it.hasNextValue()) {
        JsonNode n = (JsonNode) it.nextValue();
        if (n != null && !n.isNull() && !n.isMissingNode()) {
          out.add(n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
