package dev.calicokit.schemas;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The tests' official manifests: the reference files of each release (the newest patch of the release
 * directory), so that the RBAC baseline rule runs for real. Tests give it to their validators with
 * {@code withOfficialManifests(REFERENCE)}; a validator given none has no baseline.
 */
public final class ReferenceOfficialManifests implements OfficialManifests {
  /** The one instance; files are read once per release and variant. */
  public static final ReferenceOfficialManifests REFERENCE = new ReferenceOfficialManifests();

  private static final Map<String, Optional<Manifest>> CACHE = new ConcurrentHashMap<>();

  private ReferenceOfficialManifests() {}

  @Override
  public Optional<Manifest> official(Release release, String variant) {
    return CACHE.computeIfAbsent(release.label() + "/" + variant, k -> read(release, variant));
  }

  private static Optional<Manifest> read(Release release, String variant) {
    Path root;
    try {
      root = ReferenceData.root();
    } catch (RuntimeException | Error e) {
      return Optional.empty(); // no reference data: behave as if no provider had it
    }
    try (Stream<Path> dirs = Files.list(root)) {
      Optional<Path> file = dirs
          .filter(d -> d.getFileName().toString().startsWith(release.label() + "."))
          .sorted()
          .map(d -> d.resolve("manifests").resolve(variant + ".yaml"))
          .filter(Files::isRegularFile)
          .reduce((a, b) -> b);
      if (file.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Manifest.read(Files.readString(file.get())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
