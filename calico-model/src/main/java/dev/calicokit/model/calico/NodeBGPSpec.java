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
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.IpAddress;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The BGP settings of one node. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNodeBGPSpec.class)
@JsonDeserialize(builder = NodeBGPSpec.Builder.class)
@JsonPropertyOrder({"asNumber", "ipv4Address", "ipv6Address", "ipv4IPIPTunnelAddr", "routeReflectorClusterID"})
public interface NodeBGPSpec extends WithNodeBGPSpec, HasUnknownFields {
  /** AS number of the node; when unset, the cluster-wide default of BGPConfiguration applies. */
  @JsonProperty("asNumber")
  // AS numbers are unsigned 32-bit (up to 4294967295): a long holds them all; the dotted form is read by the rules from the tree.
  Optional<Long> asNumber();

  /**
   * IPv4 address of the node with its subnet's prefix length (10.0.0.5/24); needed when BGP is
   * used.
   */
  @JsonProperty("ipv4Address")
  Optional<Cidr> ipv4Address();

  /** IPv6 address of the node with its subnet's prefix length; only needed for IPv6 routing. */
  @JsonProperty("ipv6Address")
  Optional<Cidr> ipv6Address();

  /** IPv4 address of the node's IP-in-IP tunnel device. */
  @JsonProperty("ipv4IPIPTunnelAddr")
  Optional<IpAddress> ipv4IPIPTunnelAddr();

  /** Makes the node a route reflector of the cluster with this ID, written as an IPv4 address. */
  @JsonProperty("routeReflectorClusterID")
  Optional<IpAddress> routeReflectorClusterID();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long attributes take the boxed type, which an int literal does
  // not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #asNumber()} set to any whole number, an {@code int} too. */
  default NodeBGPSpec withAsNumber(long value) {
    return withAsNumber(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeBGPSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNodeBGPSpec.Builder {
    /** Sets {@link NodeBGPSpec#asNumber()} to any whole number, an {@code int} too. */
    public Builder asNumber(long asNumber) {
      return asNumber(Long.valueOf(asNumber));
    }
  }
}
