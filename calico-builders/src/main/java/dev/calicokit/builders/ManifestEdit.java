package dev.calicokit.builders;

import dev.calicokit.builders.internal.ManifestEditing;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.values.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An edit of an existing manifest said as its intent: the options of the table it sets. Applied to a
 * manifest (official or edited by hand), it changes every document, env var, probe and ConfigMap key
 * those options touch, exactly as rendering with them would, and leaves the rest as it was:
 *
 * <pre>{@code
 * Manifest next = Manifest.read(yaml)
 *     .edit(ManifestEdit.poolCidr(Cidr.parse("10.48.0.0/16")).and(ManifestEdit.vxlan(EncapsulationMode.CROSS_SUBNET)));
 * }</pre>
 *
 * The manifest's release comes from its calico/node image, its preset from the documents that tell the
 * official files apart. Options that contradict what the preset implies fail as {@link
 * CalicoManifest.Builder#build()} fails, with an {@link InvalidOptionsException}.
 */
public final class ManifestEdit implements UnaryOperator<Manifest> {
  private final ManifestOptions options;

  private ManifestEdit(ManifestOptions options) {
    this.options = options;
  }

  /** Sets any option of the table. */
  public static <T> ManifestEdit set(Option<T> option, T value) {
    return new ManifestEdit(ManifestOptions.none().with(option, value));
  }

  /** The default IPv4 pool's CIDR ({@code CALICO_IPV4POOL_CIDR}; for canal, flannel's network too). */
  public static ManifestEdit poolCidr(Cidr cidr) {
    return set(Options.IPV4_POOL_CIDR, cidr);
  }

  /**
   * VXLAN instead of BGP with IP-in-IP: the default pools encapsulate with VXLAN in this mode, IP-in-IP
   * is off, BIRD and its health checks go, and the backend becomes {@code vxlan}.
   */
  public static ManifestEdit vxlan(EncapsulationMode mode) {
    return set(Options.VXLAN, true).and(set(Options.VXLAN_MODE, mode)).and(set(Options.IPIP_MODE, EncapsulationMode.NEVER));
  }

  /** BGP with IP-in-IP in this mode, VXLAN off. */
  public static ManifestEdit ipip(EncapsulationMode mode) {
    return set(Options.VXLAN, false).and(set(Options.IPIP_MODE, mode)).and(set(Options.VXLAN_MODE, EncapsulationMode.NEVER));
  }

  /** The MTU of pod interfaces and tunnels ({@code veth_mtu}); 0 detects it. */
  public static ManifestEdit mtu(int mtu) {
    return set(Options.VETH_MTU, mtu);
  }

  /** How calico-node finds its IPv4 address, for example {@code interface=eth0}. */
  public static ManifestEdit ipAutodetection(String method) {
    return set(Options.IP_AUTODETECTION_METHOD, method);
  }

  /** The registry of every Calico image. */
  public static ManifestEdit registry(String registry) {
    java.util.Map<Component, String> all = new java.util.LinkedHashMap<>();
    for (Component c : Component.values()) {
      all.put(c, registry);
    }
    return set(Options.REGISTRIES, java.util.Collections.unmodifiableMap(all));
  }

  /** Typha's replicas (Typha must run in the manifest already, or be turned on with {@link #typha}). */
  public static ManifestEdit typhaReplicas(int replicas) {
    return set(Options.TYPHA_REPLICAS, replicas);
  }

  /** Typha on or off. */
  public static ManifestEdit typha(boolean on) {
    return set(Options.TYPHA, on);
  }

  /** A Felix setting as an environment variable of calico-node ({@code FELIX_} put in front where missing). */
  public static ManifestEdit felix(String name, String value) {
    return set(Options.FELIX, java.util.Map.of(Options.felixName(name), value));
  }

  /** This edit and then another; an option both set takes the other's value. */
  public ManifestEdit and(ManifestEdit other) {
    return new ManifestEdit(options.withAll(other.options));
  }

  /** The options this edit sets. */
  public ManifestOptions options() {
    return options;
  }

  /**
   * The manifest edited.
   *
   * @throws InvalidOptionsException where the manifest's release is unknown or the options contradict
   *     its preset, or where a change has lost its place (the user removed the container it goes in)
   */
  @Override
  public Manifest apply(Manifest manifest) {
    List<String> skipped = new ArrayList<>();
    Manifest edited = ManifestEditing.apply(manifest, options, skipped);
    if (!skipped.isEmpty()) {
      throw new InvalidOptionsException("the manifest lacks what the edit changes", skipped);
    }
    return edited;
  }

  @Override
  public String toString() {
    return "ManifestEdit" + options;
  }
}
