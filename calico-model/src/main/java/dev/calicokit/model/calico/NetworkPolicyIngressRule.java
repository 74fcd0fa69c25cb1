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
 * Ingress rule of a Kubernetes-style network policy: incoming traffic that matches both the
 * sources and the ports is allowed.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNetworkPolicyIngressRule.class)
@JsonDeserialize(builder = NetworkPolicyIngressRule.Builder.class)
@JsonPropertyOrder({"ports", "from"})
public interface NetworkPolicyIngressRule extends WithNetworkPolicyIngressRule, HasUnknownFields {
  /**
   * Ports on the selected pods that the traffic may reach (any entry may match); when unset or
   * empty every port matches.
   */
  @JsonProperty("ports")
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic")
  List<NetworkPolicyPort> ports();

  /**
   * Sources the traffic may come from (any entry may match); when unset or empty every source
   * matches.
   */
  @JsonProperty("from")
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic")
  List<NetworkPolicyPeer> fromPeers();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicyIngressRule} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNetworkPolicyIngressRule.Builder {}
}
