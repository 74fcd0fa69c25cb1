package dev.calicokit.builders;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The variants Calico publishes as ready-made manifests, named after their files: each is a set of
 * chart values (datastore, network, Typha, ...) that options given to the builder may then change.
 */
public enum Preset {
  /** calico.yaml: Kubernetes datastore, BGP networking with IP-in-IP. */
  CALICO("calico"),
  /** calico-vxlan.yaml: VXLAN instead of BGP and IP-in-IP. */
  CALICO_VXLAN("calico-vxlan"),
  /** calico-typha.yaml: calico.yaml plus the Typha fan-out proxy. */
  CALICO_TYPHA("calico-typha"),
  /** calico-policy-only.yaml: network policy only, host-local IPAM, Typha on. */
  CALICO_POLICY_ONLY("calico-policy-only"),
  /** calico-bpf.yaml: the eBPF data plane. */
  CALICO_BPF("calico-bpf"),
  /** calico-etcd.yaml: etcd datastore, no CRDs. */
  CALICO_ETCD("calico-etcd"),
  /** canal.yaml: flannel networking with Calico policy. */
  CANAL("canal"),
  /** canal-etcd.yaml: canal with the etcd datastore. */
  CANAL_ETCD("canal-etcd"),
  /** crds.yaml: the CustomResourceDefinitions alone. */
  CRDS("crds"),
  /** calico-v3-crds.yaml (v3.32 on): the projectcalico.org/v3 CRDs and the webhooks that serve them. */
  CALICO_V3_CRDS("calico-v3-crds");

  private final String fileName;

  Preset(String fileName) {
    this.fileName = fileName;
  }

  /** The name of the official file without {@code .yaml}, for example {@code calico-vxlan}. */
  public String fileName() {
    return fileName;
  }

  /** The preset of a file name, with or without {@code .yaml}; empty when there is none. */
  public static Optional<Preset> of(String name) {
    String n = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    return Arrays.stream(values()).filter(p -> p.fileName.equals(n) || p.name().equalsIgnoreCase(n)).findFirst();
  }

  /** The preset of a file name; fails listing every preset when there is none. */
  public static Preset parse(String name) {
    return of(name).orElseThrow(() -> new InvalidOptionsException("unknown preset '" + name + "'; presets: "
        + Arrays.stream(values()).map(Preset::fileName).collect(Collectors.joining(", "))));
  }
}
