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
 * Port condition for one transport protocol (TCP, UDP or SCTP) in a ClusterNetworkPolicy rule.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableClusterNetworkPolicyProtocolPorts.class)
@JsonDeserialize(builder = ClusterNetworkPolicyProtocolPorts.Builder.class)
@JsonPropertyOrder({"destinationPort"})
public interface ClusterNetworkPolicyProtocolPorts extends WithClusterNetworkPolicyProtocolPorts, HasUnknownFields {
  /** Destination port or port range to match. */
  @JsonProperty("destinationPort")
  @Fact(kind = FactKind.MIN_PROPERTIES, value = "1")
  @Fact(kind = FactKind.MAX_PROPERTIES, value = "1")
  Optional<ClusterNetworkPolicyPort> destinationPort();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClusterNetworkPolicyProtocolPorts} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableClusterNetworkPolicyProtocolPorts.Builder {}
}
