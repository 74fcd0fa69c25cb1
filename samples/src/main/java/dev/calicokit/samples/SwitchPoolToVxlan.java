package dev.calicokit.samples;

import dev.calicokit.model.manifest.Manifest;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an existing calico.yaml, gives the default IPv4 pool a new CIDR and moves it from IP-in-IP to
 * VXLAN, and writes the manifest back: the edits people otherwise make by hand after download. VXLAN
 * needs no BGP, so the BIRD health checks go and the backend becomes {@code vxlan}.
 * Run: {@code java -cp calicokit-samples.jar dev.calicokit.samples.SwitchPoolToVxlan calico.yaml 10.48.0.0/16}.
 */
public final class SwitchPoolToVxlan {
  private SwitchPoolToVxlan() {}

  /** The manifest with the pool CIDR set and VXLAN (CrossSubnet) instead of IP-in-IP. */
  public static Manifest apply(Manifest manifest, String poolCidr) {
    return manifest
        .withConfigMapEntry("calico-config", "calico_backend", "vxlan")
        .withEnv("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR", poolCidr)
        .withEnv("calico-node", "calico-node", "CALICO_IPV4POOL_IPIP", "Never")
        .withEnv("calico-node", "calico-node", "CALICO_IPV4POOL_VXLAN", "CrossSubnet")
        .withEnv("calico-node", "calico-node", "CALICO_IPV6POOL_VXLAN", "CrossSubnet")
        .edit(DaemonSet.class, "calico-node", ds -> {
          for (Container c : ds.getSpec().getTemplate().getSpec().getContainers()) {
            if (c.getName().equals("calico-node")) {
              c.getLivenessProbe().getExec().setCommand(without(c.getLivenessProbe().getExec().getCommand(), "-bird-live"));
              c.getReadinessProbe().getExec().setCommand(without(c.getReadinessProbe().getExec().getCommand(), "-bird-ready"));
            }
          }
          return ds;
        });
  }

  private static List<String> without(List<String> command, String flag) {
    List<String> out = new ArrayList<>(command);
    out.remove(flag);
    return out;
  }

  /** Reads {@code args[0]}, sets the pool CIDR {@code args[1]} and prints the result. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SwitchPoolToVxlan CALICO_YAML POOL_CIDR");
      return;
    }
    Manifest manifest = Manifest.read(Files.readAllBytes(Paths.get(args[0])));
    System.out.write(apply(manifest, args[1]).toYamlBytes());
    System.out.flush();
  }
}
