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
import dev.calicokit.model.values.IpAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What Calico knows of one node: BGP, tunnel addresses, orchestrator references, WireGuard,
 * addresses and interfaces.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNodeSpec.class)
@JsonDeserialize(builder = NodeSpec.Builder.class)
@JsonPropertyOrder({"bgp", "ipv4VXLANTunnelAddr", "vxlanTunnelMACAddr", "ipv6VXLANTunnelAddr", "vxlanTunnelMACAddrV6", "orchRefs", "wireguard", "addresses", "interfaces"})
public interface NodeSpec extends WithNodeSpec, HasUnknownFields {
  /** BGP settings of the node; when given, at least one of its fields must be set. */
  @JsonProperty("bgp")
  Optional<NodeBGPSpec> bgp();

  /** IPv4 address of the node's VXLAN tunnel device. */
  @JsonProperty("ipv4VXLANTunnelAddr")
  Optional<IpAddress> ipv4VXLANTunnelAddr();

  /** MAC address of the IPv4 VXLAN tunnel device. */
  @JsonProperty("vxlanTunnelMACAddr")
  // A MAC address: the model has no type for it; Calico checks it as Go's net.ParseMAC reads.
  Optional<String> vxlanTunnelMACAddr();

  /** IPv6 address of the node's VXLAN tunnel device. */
  @JsonProperty("ipv6VXLANTunnelAddr")
  Optional<IpAddress> ipv6VXLANTunnelAddr();

  /** MAC address of the IPv6 VXLAN tunnel device. */
  @JsonProperty("vxlanTunnelMACAddrV6")
  Optional<String> vxlanTunnelMACAddrV6();

  /** The names the node has in each orchestrator that uses it. */
  @JsonProperty("orchRefs")
  List<OrchRef> orchRefs();

  /** Addresses of the node's WireGuard interfaces. */
  @JsonProperty("wireguard")
  Optional<NodeWireguardSpec> wireguard();

  /** Addresses at which the node can be reached, each with its kind. */
  @JsonProperty("addresses")
  List<NodeAddress> addresses();

  /** Network interfaces of the node and their addresses. */
  @JsonProperty("interfaces")
  List<NodeInterface> interfaces();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNodeSpec.Builder {}
}
