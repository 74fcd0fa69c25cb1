package dev.calicokit.samples;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.builders.Preset;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.manifest.Manifest;

/**
 * Stands for a user's own infrastructure code: it decides the network of each environment. Its test
 * ({@code PlatformNetworkTest}) shows how to unit-test such code with JUnit: build the manifest, validate
 * it, and assert on typed values.
 */
public final class PlatformNetwork {
  /** The environments this platform runs. */
  public enum Environment { DEV, PROD }

  private PlatformNetwork() {}

  /** The Calico manifest of an environment: production runs Typha and cross-subnet IP-in-IP. */
  public static Manifest manifestFor(Environment env) {
    CalicoManifest.Builder b = CalicoManifest.builder().version("v3.31.7");
    if (env == Environment.PROD) {
      return b.preset(Preset.CALICO_TYPHA).typhaReplicas(3)
          .ipv4PoolCidr("10.32.0.0/12").ipipMode(EncapsulationMode.CROSS_SUBNET).build();
    }
    return b.preset(Preset.CALICO_VXLAN).ipv4PoolCidr("10.200.0.0/16").build();
  }
}
