package dev.calicokit.samples;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.builders.Preset;
import dev.calicokit.model.manifest.Manifest;

/**
 * A cluster on a network that drops IP-in-IP (many clouds do): VXLAN everywhere, its own pod CIDR and
 * an MTU that leaves room for the VXLAN header on a 1460-byte cloud network.
 */
public final class VxlanCluster {
  private VxlanCluster() {}

  /** The manifest: calico-vxlan of v3.32.1 with pod CIDR 10.96.0.0/12 and pod MTU 1410. */
  public static Manifest manifest() {
    return CalicoManifest.builder()
        .version("v3.32.1")
        .preset(Preset.CALICO_VXLAN)
        .ipv4PoolCidr("10.96.0.0/12")
        .ipv4PoolBlockSize(24)
        .vethMtu(1410)
        .build();
  }

  /** Prints the manifest. */
  public static void main(String[] args) throws java.io.IOException {
    System.out.write(manifest().toYamlBytes());
    System.out.flush();
  }
}
