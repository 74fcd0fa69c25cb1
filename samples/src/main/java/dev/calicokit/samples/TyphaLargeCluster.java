package dev.calicokit.samples;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.builders.Preset;
import dev.calicokit.model.manifest.Manifest;
import java.util.Map;

/**
 * A large cluster: Typha fans the datastore out to calico-node, so that hundreds of nodes do not each
 * watch the API server. Calico suggests one Typha replica per 200 nodes and at least three for
 * availability; this is sized for about 1,000 nodes, with calico-node's resources stated.
 */
public final class TyphaLargeCluster {
  /** Typha replicas for about 1,000 nodes. */
  static final int TYPHA_REPLICAS = 5;

  private TyphaLargeCluster() {}

  /** The manifest: calico-typha of v3.32.1 with five Typha replicas. */
  public static Manifest manifest() {
    return CalicoManifest.builder()
        .version("v3.32.1")
        .preset(Preset.CALICO_TYPHA)
        .ipv4PoolCidr("172.16.0.0/13")
        .typhaReplicas(TYPHA_REPLICAS)
        .nodeResources(Map.of("cpu", "250m", "memory", "256Mi"), Map.of("memory", "1Gi"))
        .felix("PROMETHEUSMETRICSENABLED", "true")
        .build();
  }

  /** Prints the manifest. */
  public static void main(String[] args) throws java.io.IOException {
    System.out.write(manifest().toYamlBytes());
    System.out.flush();
  }
}
