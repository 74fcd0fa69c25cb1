package dev.calicokit.samples;

import dev.calicokit.builders.ManifestEdit;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.values.Cidr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Reads an existing calico.yaml, gives the default IPv4 pool a new CIDR and moves it from IP-in-IP to
 * VXLAN, and writes the manifest back: the edits people otherwise make by hand after download. The edit
 * says the intent; the library changes every env var, probe and ConfigMap key it touches (VXLAN needs no
 * BGP, so the BIRD health checks go and the backend becomes {@code vxlan}).
 * Run: {@code java -cp calicokit-samples.jar dev.calicokit.samples.SwitchPoolToVxlan calico.yaml 10.48.0.0/16}.
 */
public final class SwitchPoolToVxlan {
  private SwitchPoolToVxlan() {}

  /** The manifest with the pool CIDR set and VXLAN (CrossSubnet) instead of IP-in-IP. */
  public static Manifest apply(Manifest manifest, Cidr poolCidr) {
    return manifest.edit(ManifestEdit.poolCidr(poolCidr).and(ManifestEdit.vxlan(EncapsulationMode.CROSS_SUBNET)));
  }

  /** Reads {@code args[0]}, sets the pool CIDR {@code args[1]} and prints the result. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SwitchPoolToVxlan CALICO_YAML POOL_CIDR");
      return;
    }
    Manifest manifest = Manifest.read(Files.readAllBytes(Paths.get(args[0])));
    System.out.write(apply(manifest, Cidr.parse(args[1])).toYamlBytes());
    System.out.flush();
  }
}
