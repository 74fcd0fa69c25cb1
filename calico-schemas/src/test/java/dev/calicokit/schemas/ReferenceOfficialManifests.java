package dev.calicokit.schemas;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tests' official manifests: the reference files of each patch release, so that the RBAC baseline
 * rule runs for real. Tests give it to their validators with
 * {@code withOfficialManifests(REFERENCE)}; a validator given none has no baseline.
 */
public final class ReferenceOfficialManifests implements OfficialManifests {
  /** The one instance; files are read once per release and variant. */
  public static final ReferenceOfficialManifests REFERENCE = new ReferenceOfficialManifests();

  private static final Map<String, Optional<Manifest>> CACHE = new ConcurrentHashMap<>();

  private ReferenceOfficialManifests() {}

  @Override
  public Optional<Manifest> official(CalicoRelease release, String variant) {
    return CACHE.computeIfAbsent(release.label() + "/" + variant, k -> read(release, variant));
  }

  private static Optional<Manifest> read(CalicoRelease release, String variant) {
    Path root;
    try {
      root = ReferenceData.root();
    } catch (RuntimeException | Error e) {
      return Optional.empty(); // no reference data: behave as if no provider had it
    }
    try {
      Path file = root.resolve(release.label()).resolve("manifests").resolve(variant + ".yaml");
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      return Optional.of(Manifest.read(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
