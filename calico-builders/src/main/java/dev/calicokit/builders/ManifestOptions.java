package dev.calicokit.builders;

import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.internal.CalicoStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a rendered manifest depends on. The version and the preset pick the official file to
 * start from; every other option is empty unless given, and then overrides what the preset says.
 * Build one with {@link CalicoManifest#builder()} (or {@code ImmutableManifestOptions.builder()}).
 */
@Value.Immutable
@CalicoStyle
public interface ManifestOptions {
  /** The Calico version, for example {@code v3.32.1}; the newest supported one when not given. */
  @Value.Default
  default String version() {
    return dev.calicokit.builders.internal.Versions.LATEST;
  }

  /** The official file to start from; {@link Preset#CALICO} when not given. */
  @Value.Default
  default Preset preset() {
    return Preset.CALICO;
  }

  /** Chart value {@code datastore}. */
  Optional<Datastore> datastore();

  /** Chart value {@code network}. */
  Optional<Network> network();

  /** Chart value {@code vxlan}: VXLAN instead of BGP for calico networking. */
  Optional<Boolean> vxlan();

  /** Chart value {@code bpf}: the eBPF data plane. */
  Optional<Boolean> bpf();

  /** Chart value {@code typha.enabled}. */
  Optional<Boolean> typhaEnabled();

  /** Chart value {@code ipam}. */
  Optional<Ipam> ipam();

  /** Chart value {@code includeCRDs}. */
  Optional<Boolean> includeCrds();

  /** Chart value {@code useV3CRDs} (v3.32 on): projectcalico.org/v3 CRDs with their webhooks. */
  Optional<Boolean> useV3Crds();

  /** Chart value {@code imagePullPolicy}: {@code IfNotPresent}, {@code Always} or {@code Never}. */
  Optional<String> imagePullPolicy();

  /**
   * Chart values {@code <component>.registry}, for example {@code quay.io/calico}. Before v3.31 the chart
   * has no such key: the registry is then put in front of the image name all the same.
   */
  Map<Component, String> registries();

  /** Chart values {@code <component>.image}: the image name, or (before v3.31) registry and name. */
  Map<Component, String> images();

  /** The tag of every Calico image; the version's own tag when not given. */
  Optional<String> imageTag();

  /** Chart value {@code flannel.image}, without tag. */
  Optional<String> flannelImage();

  /** Chart value {@code flannel.tag}. */
  Optional<String> flannelTag();

  /** Chart value {@code etcd.endpoints}, comma separated. */
  Optional<String> etcdEndpoints();

  /** Chart value {@code etcd.tls.ca}: the CA certificate (PEM text) that etcd's certificate is checked with. */
  Optional<String> etcdCa();

  /** Chart value {@code etcd.tls.crt}: the client certificate (PEM text). */
  Optional<String> etcdCert();

  /** Chart value {@code etcd.tls.key}: the client key (PEM text). */
  Optional<String> etcdKey();

  /** The default IPv4 pool's CIDR ({@code CALICO_IPV4POOL_CIDR}); upstream leaves it commented out. */
  Optional<String> ipv4PoolCidr();

  /** The default IPv4 pool's block size ({@code CALICO_IPV4POOL_BLOCK_SIZE}), 20 to 32. */
  Optional<Integer> ipv4PoolBlockSize();

  /** IP-in-IP mode of the default IPv4 pool ({@code CALICO_IPV4POOL_IPIP}). */
  Optional<EncapsulationMode> ipipMode();

  /** VXLAN mode of the default pools ({@code CALICO_IPV4POOL_VXLAN}, {@code CALICO_IPV6POOL_VXLAN}). */
  Optional<EncapsulationMode> vxlanMode();

  /** The default IPv6 pool's CIDR: dual stack ({@code CALICO_IPV6POOL_CIDR}, {@code IP6}, IPv6 support on). */
  Optional<String> ipv6PoolCidr();

  /** The default IPv6 pool's block size ({@code CALICO_IPV6POOL_BLOCK_SIZE}), 116 to 128. */
  Optional<Integer> ipv6PoolBlockSize();

  /** How calico-node finds its IPv4 address ({@code IP_AUTODETECTION_METHOD}), e.g. {@code interface=eth0}. */
  Optional<String> ipAutodetectionMethod();

  /** How calico-node finds its IPv6 address ({@code IP6_AUTODETECTION_METHOD}). */
  Optional<String> ip6AutodetectionMethod();

  /** The MTU of pod interfaces and tunnels ({@code veth_mtu}); 0 means detect it. */
  Optional<Integer> vethMtu();

  /** Replicas of the Typha deployment (1 in the chart). */
  Optional<Integer> typhaReplicas();

  /** Felix settings as environment variables of calico-node; a name without {@code FELIX_} gets it. */
  Map<String, String> felixEnv();

  /** Resource requests of the calico-node container, e.g. {@code cpu -> 250m} (replacing the chart's). */
  Map<String, String> nodeResourceRequests();

  /** Resource limits of the calico-node container, e.g. {@code memory -> 500Mi}. */
  Map<String, String> nodeResourceLimits();

  /** Node selector of calico-node pods (replacing {@code kubernetes.io/os: linux} when given). */
  Map<String, String> nodeSelector();

  /** Tolerations added to the calico-node pods after the chart's. */
  List<Toleration> nodeTolerations();

  /** Checks that the values are well formed on their own; combinations are checked when rendering. */
  @Value.Check
  default void check() {
    ipv4PoolBlockSize().ifPresent(b -> {
      if (b < 20 || b > 32) {
        throw new InvalidOptionsException("ipv4PoolBlockSize must be between 20 and 32, not " + b);
      }
    });
    ipv6PoolBlockSize().ifPresent(b -> {
      if (b < 116 || b > 128) {
        throw new InvalidOptionsException("ipv6PoolBlockSize must be between 116 and 128, not " + b);
      }
    });
    vethMtu().ifPresent(m -> {
      if (m != 0 && (m < 576 || m > 9000)) {
        throw new InvalidOptionsException("vethMtu must be 0 (detect) or between 576 and 9000, not " + m);
      }
    });
    typhaReplicas().ifPresent(r -> {
      if (r < 0) {
        throw new InvalidOptionsException("typhaReplicas must not be negative, not " + r);
      }
    });
    imagePullPolicy().ifPresent(p -> {
      if (!List.of("Always", "IfNotPresent", "Never").contains(p)) {
        throw new InvalidOptionsException("imagePullPolicy must be Always, IfNotPresent or Never, not '" + p + "'");
      }
    });
  }
}
