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
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Egress rule of a Kubernetes-style network policy: outgoing traffic that matches both the
 * destinations and the ports is allowed.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNetworkPolicyEgressRule.class)
@JsonDeserialize(builder = NetworkPolicyEgressRule.Builder.class)
@JsonPropertyOrder({"ports", "to"})
public interface NetworkPolicyEgressRule extends WithNetworkPolicyEgressRule, HasUnknownFields {
  /**
   * Destination ports the traffic must use (any entry may match); when unset or empty every port
   * matches.
   */
  @JsonProperty("ports")
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic")
  List<NetworkPolicyPort> ports();

  /**
   * Destinations the traffic may go to (any entry may match); when unset or empty every
   * destination matches.
   */
  @JsonProperty("to")
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic")
  List<NetworkPolicyPeer> toPeers();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicyEgressRule} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNetworkPolicyEgressRule.Builder {}
}
