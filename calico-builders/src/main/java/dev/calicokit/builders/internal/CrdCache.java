package dev.calicokit.builders.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CalicoRelease;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated CRDs of every release and group, written at build time (see calico-builders' pom) as
 * their canonical documents, one resource per release and group. Generating them takes a cold JVM about
 * half a second of reflection over the model, most of a render; reading what the same generator wrote
 * at build time takes a few milliseconds, and only the release and group asked for is read. Every
 * release and group has its file, empty ones included, so a render never runs the generator. The cache
 * holds our generator's output, never Calico's files; CrdCacheTest checks it equals a fresh generation.
 */
public final class CrdCache {
  private static final ObjectMapper JSON = new ObjectMapper()
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private CrdCache() {}

  static String resource(ApiGroup group, CalicoRelease release) {
    return "dev/calicokit/builders/crds/" + release.label() + "-" + group.group() + ".json";
  }

  /** The CRD documents of a group and release: from the cache, or generated now where it is missing. */
  static List<ManifestDocument> documents(ApiGroup group, CalicoRelease release) {
    List<ManifestDocument> out = new ArrayList<>();
    try (InputStream in = CrdCache.class.getClassLoader().getResourceAsStream(resource(group, release))) {
      if (in != null) {
        for (JsonNode crd : JSON.readTree(in)) {
          out.add(ManifestDocument.ofCanonicalTree(crd));
        }
        return out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Crds.generate(group, release).forEach(t -> out.add(ManifestDocument.of(t)));
    return out;
  }

  /** The canonical documents of a group and release, generated now: what the cache holds. */
  static ArrayNode generated(ApiGroup group, CalicoRelease release) {
    ArrayNode all = JSON.createArrayNode();
    for (JsonNode crd : Crds.generate(group, release)) {
      all.add(ManifestDocument.of(crd).toTree());
    }
    return all;
  }

  /** Writes the cache of every release and group into the class output folder {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path root = Paths.get(args[0]);
    for (CalicoRelease release : CalicoRelease.all()) {
      for (ApiGroup group : ApiGroup.values()) {
        // Empty ones too: a release without CRDs in a group reads [] instead of running the generator.
        ArrayNode all = generated(group, release);
        Path file = root.resolve(resource(group, release));
        Files.createDirectories(file.getParent());
        Files.write(file, JSON.writeValueAsBytes(all));
      }
    }
  }
}
