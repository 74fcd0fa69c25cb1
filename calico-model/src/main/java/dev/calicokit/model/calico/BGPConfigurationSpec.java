package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.calicokit.model.HasUnknownFields;
import dev.calicokit.model.Unstructured;
import dev.calicokit.model.style.CalicoStyle;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.SchemaNode;
import dev.calicokit.model.values.GoDuration;
import dev.calicokit.model.values.IpAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * BGP settings for Calico nodes: AS number, node-to-node mesh, advertisement of service addresses,
 * communities and related routing options.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPConfigurationSpec.class)
@JsonDeserialize(builder = BGPConfigurationSpec.Builder.class)
@JsonPropertyOrder({"logSeverityScreen", "nodeToNodeMeshEnabled", "asNumber", "serviceLoadBalancerIPs", "serviceExternalIPs", "serviceClusterIPs", "serviceLoadBalancerAggregation", "communities", "prefixAdvertisements", "listenPort", "nodeMeshPassword", "nodeMeshMaxRestartTime", "bindMode", "ignoredInterfaces", "localWorkloadPeeringIPV4", "localWorkloadPeeringIPV6", "programClusterRoutes", "ipv4NormalRoutePriority", "ipv6NormalRoutePriority"})
public interface BGPConfigurationSpec extends WithBGPConfigurationSpec, HasUnknownFields {
  /**
   * Lowest severity of BGP component log messages written to stdout: Debug, Info, Warning, Error
   * or Fatal; Info when unset.
   */
  @JsonProperty("logSeverityScreen")
  @Fact(kind = FactKind.PATTERN, value = "^(?i)(Trace|Debug|Info|Warning|Error|Fatal)?$", from = Release.V3_32)
  @Fact(kind = FactKind.DEFAULT, value = "\"Info\"", from = Release.V3_32)
  Optional<LogSeverity> logSeverityScreen();

  /**
   * Whether every Calico node automatically peers with every other Calico node; true when unset.
   */
  @JsonProperty("nodeToNodeMeshEnabled")
  Optional<Boolean> nodeToNodeMeshEnabled();

  /**
   * Default autonomous system number for nodes that do not set their own, as a 32-bit AS number
   * (plain or dotted form); 64512 when unset.
   */
  @JsonProperty("asNumber")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  // AS numbers are unsigned 32-bit (up to 4294967295) in Calico, although the CRD says int32: a long holds them all.
  Optional<Long> asNumber();

  /**
   * CIDR ranges for Service LoadBalancer ingress IPs; only load balancer IPs inside one of these
   * ranges are advertised over BGP.
   */
  @JsonProperty("serviceLoadBalancerIPs")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32, to = Release.V3_32, toPatch = 0)
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic", from = Release.V3_32, fromPatch = 1)
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", from = Release.V3_32, node = SchemaNode.ITEMS)
  List<ServiceLoadBalancerIPBlock> serviceLoadBalancerIPs();

  /**
   * CIDR ranges for Service external IPs; only external IPs inside one of these ranges are
   * advertised over BGP.
   */
  @JsonProperty("serviceExternalIPs")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32, to = Release.V3_32, toPatch = 0)
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic", from = Release.V3_32, fromPatch = 1)
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", from = Release.V3_32, node = SchemaNode.ITEMS)
  List<ServiceExternalIPBlock> serviceExternalIPs();

  /**
   * CIDR ranges from which Kubernetes assigns Service cluster IPs; when set, Calico advertises
   * these ranges and the cluster IPs inside them over BGP.
   */
  @JsonProperty("serviceClusterIPs")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32, to = Release.V3_32, toPatch = 0)
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic", from = Release.V3_32, fromPatch = 1)
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", from = Release.V3_32, node = SchemaNode.ITEMS)
  List<ServiceClusterIPBlock> serviceClusterIPs();

  /**
   * How LoadBalancer Service IPs are advertised: Enabled announces the configured CIDR ranges,
   * Disabled announces a separate host route per service IP so that routes of failed services can
   * be withdrawn; Enabled when unset.
   */
  @JsonProperty("serviceLoadBalancerAggregation")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"})
  @Fact(kind = FactKind.DEFAULT, value = "\"Enabled\"")
  Optional<EnabledState> serviceLoadBalancerAggregation();

  /** Named BGP community values that prefixAdvertisements can refer to by name. */
  @JsonProperty("communities")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32, to = Release.V3_32, toPatch = 0)
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic", from = Release.V3_32, fromPatch = 1)
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", from = Release.V3_32, node = SchemaNode.ITEMS)
  List<Community> communities();

  /**
   * Per-CIDR advertisement settings, used to attach BGP communities to routes that fall inside
   * each CIDR.
   */
  @JsonProperty("prefixAdvertisements")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32, to = Release.V3_32, toPatch = 0)
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic", from = Release.V3_32, fromPatch = 1)
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", from = Release.V3_32, node = SchemaNode.ITEMS)
  List<PrefixAdvertisement> prefixAdvertisements();

  /** TCP port on which BIRD accepts BGP connections, 1 to 65535; 179 when unset. */
  @JsonProperty("listenPort")
  @Fact(kind = FactKind.MINIMUM, value = "1")
  @Fact(kind = FactKind.MAXIMUM, value = "65535")
  Optional<Long> listenPort();

  /**
   * Reference to a Secret key holding the password for node-to-node mesh sessions; no password
   * when unset. Only valid on the default instance while the mesh is enabled.
   */
  @JsonProperty("nodeMeshPassword")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<BGPPassword> nodeMeshPassword();

  /**
   * Graceful restart time allowed for node-to-node mesh sessions, as a duration such as 120s;
   * BIRD's own default of 120 seconds applies when unset. Only valid on the default instance while
   * the mesh is enabled.
   */
  @JsonProperty("nodeMeshMaxRestartTime")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<GoDuration> nodeMeshMaxRestartTime();

  /**
   * Which local addresses BIRD listens on for BGP connections: None means all addresses, NodeIP
   * means only the node's configured BGP address; all addresses are used when unset.
   */
  @JsonProperty("bindMode")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"None", "NodeIP"}, from = Release.V3_32)
  Optional<BindMode> bindMode();

  /**
   * Names of network interfaces whose device routes are skipped when BIRD reads local routes;
   * patterns with a * wildcard may be used.
   */
  @JsonProperty("ignoredInterfaces")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_25)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  List<String> ignoredInterfaces();

  /**
   * Virtual IPv4 address on every node that local workloads use as their BGP peer address,
   * preferably link-local (169.254.0.0/16); needed for peerings that use localWorkloadSelector.
   */
  @JsonProperty("localWorkloadPeeringIPV4")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<IpAddress> localWorkloadPeeringIPV4();

  /**
   * Virtual IPv6 address on every node that local workloads use as their BGP peer address,
   * preferably link-local (fe80::/10); needed for peerings that use localWorkloadSelector.
   */
  @JsonProperty("localWorkloadPeeringIPV6")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<IpAddress> localWorkloadPeeringIPV6();

  /**
   * Decides who installs routes to workloads on other nodes for IP pools that do not use VXLAN:
   * Enabled lets BIRD program them, Disabled leaves that to Felix (VXLAN pool routes are always
   * Felix's job); the release default applies when unset.
   */
  @JsonProperty("programClusterRoutes")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"})
  Optional<EnabledState> programClusterRoutes();

  /**
   * Route metric that Felix uses for ordinary IPv4 workload routes, which BIRD needs in order to
   * recognise raised-priority routes such as those used during live migration; must equal the
   * FelixConfiguration value, range 1 to 2147483646, 1024 when unset.
   */
  @JsonProperty("ipv4NormalRoutePriority")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.MINIMUM, value = "1")
  @Fact(kind = FactKind.MAXIMUM, value = "2147483646")
  Optional<Long> ipv4NormalRoutePriority();

  /**
   * Route metric that Felix uses for ordinary IPv6 workload routes, which BIRD needs in order to
   * recognise raised-priority routes such as those used during live migration; must equal the
   * FelixConfiguration value, range 1 to 2147483646, 1024 when unset.
   */
  @JsonProperty("ipv6NormalRoutePriority")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.MINIMUM, value = "1")
  @Fact(kind = FactKind.MAXIMUM, value = "2147483646")
  Optional<Long> ipv6NormalRoutePriority();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #asNumber()} set to any whole number, an {@code int} too. */
  default BGPConfigurationSpec withAsNumber(long value) {
    return withAsNumber(Long.valueOf(value));
  }

  /** A copy with {@link #listenPort()} set to any whole number, an {@code int} too. */
  default BGPConfigurationSpec withListenPort(long value) {
    return withListenPort(Long.valueOf(value));
  }

  /** A copy with {@link #ipv4NormalRoutePriority()} set to any whole number, an {@code int} too. */
  default BGPConfigurationSpec withIpv4NormalRoutePriority(long value) {
    return withIpv4NormalRoutePriority(Long.valueOf(value));
  }

  /** A copy with {@link #ipv6NormalRoutePriority()} set to any whole number, an {@code int} too. */
  default BGPConfigurationSpec withIpv6NormalRoutePriority(long value) {
    return withIpv6NormalRoutePriority(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BGPConfigurationSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBGPConfigurationSpec.Builder {
    /** Sets {@link BGPConfigurationSpec#asNumber()} to any whole number, an {@code int} too. */
    public Builder asNumber(long asNumber) {
      return asNumber(Long.valueOf(asNumber));
    }

    /** Sets {@link BGPConfigurationSpec#listenPort()} to any whole number, an {@code int} too. */
    public Builder listenPort(long listenPort) {
      return listenPort(Long.valueOf(listenPort));
    }

    /** Sets {@link BGPConfigurationSpec#ipv4NormalRoutePriority()} to any whole number, an {@code int} too. */
    public Builder ipv4NormalRoutePriority(long ipv4NormalRoutePriority) {
      return ipv4NormalRoutePriority(Long.valueOf(ipv4NormalRoutePriority));
    }

    /** Sets {@link BGPConfigurationSpec#ipv6NormalRoutePriority()} to any whole number, an {@code int} too. */
    public Builder ipv6NormalRoutePriority(long ipv6NormalRoutePriority) {
      return ipv6NormalRoutePriority(Long.valueOf(ipv6NormalRoutePriority));
    }
  }
}
