package dev.calicokit.builders.internal;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.builders.Preset;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.spi.OfficialManifests;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the validator Calico's official manifests by rendering them from code: the renderer equals the
 * official files (see FidelityTest), so the RBAC baseline needs no copy of Calico's files. Found through
 * {@link java.util.ServiceLoader} wherever calico-builders is on the class path.
 */
public final class RenderedOfficialManifests implements OfficialManifests {
  private final Map<String, Optional<Manifest>> rendered = new ConcurrentHashMap<>();

  @Override
  public Optional<Manifest> official(Release release, String variant) {
    return rendered.computeIfAbsent(release.label() + "/" + variant, k -> render(release, variant));
  }

  private static Optional<Manifest> render(Release release, String variant) {
    Optional<Preset> preset = Preset.of(variant);
    Optional<String> version = Versions.newestPatch(release);
    if (preset.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CalicoManifest.builder().version(version.get()).preset(preset.get()).build());
    } catch (IllegalArgumentException unsupported) {
      return Optional.empty(); // e.g. canal in v3.21: no official manifest to compare with
    }
  }
}
