package dev.calicokit.model.netpol;

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
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One protocol-specific condition of a ClusterNetworkPolicy rule; exactly one of its fields is
 * set.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableClusterNetworkPolicyProtocol.class)
@JsonDeserialize(builder = ClusterNetworkPolicyProtocol.Builder.class)
@JsonPropertyOrder({"tcp", "udp", "sctp", "destinationNamedPort"})
public interface ClusterNetworkPolicyProtocol extends WithClusterNetworkPolicyProtocol, HasUnknownFields {
  /** Matches TCP traffic, optionally by destination port. */
  @JsonProperty("tcp")
  @Fact(kind = FactKind.MIN_PROPERTIES, value = "1")
  Optional<ClusterNetworkPolicyProtocolPorts> tcp();

  /** Matches UDP traffic, optionally by destination port. */
  @JsonProperty("udp")
  @Fact(kind = FactKind.MIN_PROPERTIES, value = "1")
  Optional<ClusterNetworkPolicyProtocolPorts> udp();

  /** Matches SCTP traffic, optionally by destination port. */
  @JsonProperty("sctp")
  @Fact(kind = FactKind.MIN_PROPERTIES, value = "1")
  Optional<ClusterNetworkPolicyProtocolPorts> sctp();

  /**
   * Name of a container port on the destination pod; it cannot be used in rules whose peers are
   * networks, which have no named ports.
   */
  @JsonProperty("destinationNamedPort")
  Optional<String> destinationNamedPort();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClusterNetworkPolicyProtocol} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableClusterNetworkPolicyProtocol.Builder {}
}
