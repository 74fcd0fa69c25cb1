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
import dev.calicokit.model.values.GoDuration;
import dev.calicokit.model.values.Selector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Peering definition: local nodes, remote side, and session options such as password, timers and
 * route filters.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPPeerSpec.class)
@JsonDeserialize(builder = BGPPeerSpec.Builder.class)
@JsonPropertyOrder({"node", "nodeSelector", "peerIP", "asNumber", "localASNumber", "peerSelector", "keepOriginalNextHop", "nextHopMode", "password", "sourceAddress", "maxRestartTime", "keepaliveTime", "numAllowedLocalASNumbers", "ttlSecurity", "reachableBy", "filters", "localWorkloadSelector", "reversePeering"})
public interface BGPPeerSpec extends WithBGPPeerSpec, HasUnknownFields {
  /**
   * Name of the single Calico node that gets this peering; when both node and nodeSelector are
   * empty, every node gets it.
   */
  @JsonProperty("node")
  @Fact(kind = FactKind.MAX_LENGTH, value = "253", from = Release.V3_32)
  Optional<String> node();

  /**
   * Selector expression choosing the local Calico nodes that get this peering, e.g. has(rack);
   * cannot be combined with node.
   */
  @JsonProperty("nodeSelector")
  @Fact(kind = FactKind.MAX_LENGTH, value = "4096", from = Release.V3_32)
  Optional<Selector> nodeSelector();

  /**
   * Address of the remote peer with an optional port, written as a bare IP address, IPV4:PORT or
   * [IPV6]:PORT (e.g. 192.0.2.1:179 or [2001:db8::1]:179); cannot be combined with peerSelector.
   */
  @JsonProperty("peerIP")
  @Fact(kind = FactKind.MAX_LENGTH, value = "64", from = Release.V3_32)
  Optional<String> peerIP();

  /**
   * AS number of the remote peer. Must be empty when peerSelector is used (the remote node's own
   * AS applies) and is required with localWorkloadSelector.
   */
  @JsonProperty("asNumber")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  // AS numbers are unsigned 32-bit (up to 4294967295) in Calico, although the CRD says int32: a long holds them all.
  Optional<Long> asNumber();

  /**
   * AS number the local node presents to this peer, replacing the default; the AS number from
   * BGPConfiguration is used when unset.
   */
  @JsonProperty("localASNumber")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.FORMAT, value = "int32")
  // AS numbers are unsigned 32-bit (up to 4294967295) in Calico, although the CRD says int32: a long holds them all.
  Optional<Long> localASNumber();

  /**
   * Selector expression choosing other Calico nodes to peer with, whose addresses and AS numbers
   * come from their Node resources; cannot be combined with peerIP or asNumber.
   */
  @JsonProperty("peerSelector")
  @Fact(kind = FactKind.MAX_LENGTH, value = "4096", from = Release.V3_32)
  Optional<Selector> peerSelector();

  /**
   * Deprecated; when true, routes sent to the peer keep their original next hop instead of the
   * node's address. Use nextHopMode instead; the two cannot be combined.
   */
  @JsonProperty("keepOriginalNextHop")
  Optional<Boolean> keepOriginalNextHop();

  /**
   * How the next hop of routes sent to this peer is set: Auto (normal BGP behaviour), Self (always
   * the node's own address) or Keep (left unchanged); normal BGP behaviour applies when unset.
   */
  @JsonProperty("nextHopMode")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 2)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Auto", "Self", "Keep"}, from = Release.V3_32)
  @Fact(kind = FactKind.ALL_OF, value = "[{\"enum\":[\"Auto\",\"Self\",\"Keep\"]},{\"enum\":[\"Auto\",\"Self\",\"Keep\"]}]", groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31)
  Optional<NextHopMode> nextHopMode();

  /** Password for these sessions, read from a Kubernetes Secret; no password when unset. */
  @JsonProperty("password")
  Optional<BGPPassword> password();

  /**
   * Source address used for the sessions: UseNodeIP uses the node's IP, None leaves the choice to
   * the operating system; UseNodeIP when unset.
   */
  @JsonProperty("sourceAddress")
  @Fact(kind = FactKind.ENUM, value = {"UseNodeIP", "None"}, from = Release.V3_32)
  Optional<SourceAddress> sourceAddress();

  /**
   * Graceful restart time allowed for these sessions, as a duration such as 120s; BIRD's default
   * of 120 seconds applies when unset.
   */
  @JsonProperty("maxRestartTime")
  Optional<GoDuration> maxRestartTime();

  /**
   * Interval between BGP keepalive messages, as a duration such as 20s; when unset BIRD derives it
   * from the hold time.
   */
  @JsonProperty("keepaliveTime")
  @Present(from = Release.V3_32)
  Optional<GoDuration> keepaliveTime();

  /**
   * How many times the local AS number may occur in the AS path of received routes; this weakens
   * BGP loop protection and is meant only for special topologies.
   */
  @JsonProperty("numAllowedLocalASNumbers")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.FORMAT, value = "int32")
  Optional<Integer> numAllowedLocalASNumbers();

  /**
   * Turns on the generalized TTL security mechanism (GTSM) with the given number of hops to the
   * peer, so packets that arrive with a lower TTL than expected are dropped; off when unset.
   */
  @JsonProperty("ttlSecurity")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_25)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Long> ttlSecurity();

  /**
   * Gateway address through which peerIP is reached; Calico adds a host route to the peer via this
   * gateway to prevent route flapping. Requires peerIP.
   */
  @JsonProperty("reachableBy")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_25)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> reachableBy();

  /** Names of BGPFilter resources applied to these sessions, evaluated in the listed order. */
  @JsonProperty("filters")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_26)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  List<String> filters();

  /**
   * Selector expression picking workloads on the same node to peer with, such as VMs or pods that
   * run BGP; excludes peerIP and peerSelector and requires asNumber.
   */
  @JsonProperty("localWorkloadSelector")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.MAX_LENGTH, value = "4096", from = Release.V3_32)
  Optional<Selector> localWorkloadSelector();

  /**
   * For peerings between Calico nodes, whether the opposite-direction session is set up
   * automatically (Auto) or needs its own BGPPeer (Manual); Auto when unset.
   */
  @JsonProperty("reversePeering")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30, fromPatch = 3)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Auto", "Manual"}, groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31)
  @Fact(kind = FactKind.ALL_OF, value = "[{\"enum\":[\"Auto\",\"Manual\"]},{\"enum\":[\"Auto\",\"Manual\"]}]", from = Release.V3_32)
  Optional<ReversePeering> reversePeering();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #asNumber()} set to any whole number, an {@code int} too. */
  default BGPPeerSpec withAsNumber(long value) {
    return withAsNumber(Long.valueOf(value));
  }

  /** A copy with {@link #localASNumber()} set to any whole number, an {@code int} too. */
  default BGPPeerSpec withLocalASNumber(long value) {
    return withLocalASNumber(Long.valueOf(value));
  }

  /** A copy with {@link #ttlSecurity()} set to any whole number, an {@code int} too. */
  default BGPPeerSpec withTtlSecurity(long value) {
    return withTtlSecurity(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BGPPeerSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBGPPeerSpec.Builder {
    /** Sets {@link BGPPeerSpec#asNumber()} to any whole number, an {@code int} too. */
    public Builder asNumber(long asNumber) {
      return asNumber(Long.valueOf(asNumber));
    }

    /** Sets {@link BGPPeerSpec#localASNumber()} to any whole number, an {@code int} too. */
    public Builder localASNumber(long localASNumber) {
      return localASNumber(Long.valueOf(localASNumber));
    }

    /** Sets {@link BGPPeerSpec#ttlSecurity()} to any whole number, an {@code int} too. */
    public Builder ttlSecurity(long ttlSecurity) {
      return ttlSecurity(Long.valueOf(ttlSecurity));
    }
  }
}
