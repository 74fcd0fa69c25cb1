package dev.calicokit.samples;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.builders.Preset;
import dev.calicokit.model.manifest.Manifest;

/**
 * The manifest the project started from: Calico v3.21.1's calico.yaml with the default IPv4 pool set
 * to 10.0.0.0/16, the one edit its walk-through makes by hand, here stated as an option.
 */
public final class SeedManifest {
  private SeedManifest() {}

  /** The seed cluster's manifest. */
  public static Manifest manifest() {
    return CalicoManifest.builder()
        .version("v3.21.1")
        .preset(Preset.CALICO)
        .ipv4PoolCidr("10.0.0.0/16")
        .build();
  }

  /** Prints the manifest, ready for {@code kubectl apply -f -}. */
  public static void main(String[] args) throws java.io.IOException {
    System.out.write(manifest().toYamlBytes());
    System.out.flush();
  }
}
