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
import dev.calicokit.model.k8s.LabelSelector;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source or destination in a Kubernetes-style network policy rule: either an IP range, or pods
 * picked by pod and/or namespace selectors.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNetworkPolicyPeer.class)
@JsonDeserialize(builder = NetworkPolicyPeer.Builder.class)
@JsonPropertyOrder({"podSelector", "namespaceSelector", "ipBlock"})
public interface NetworkPolicyPeer extends WithNetworkPolicyPeer, HasUnknownFields {
  /**
   * Selects pods by their labels (an empty selector means all pods); without namespaceSelector
   * only pods in the policy namespace are considered.
   */
  @JsonProperty("podSelector")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  Optional<LabelSelector> podSelector();

  /**
   * Selects namespaces by their labels (an empty selector means all namespaces); combined with
   * podSelector it restricts the pods to those namespaces.
   */
  @JsonProperty("namespaceSelector")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  Optional<LabelSelector> namespaceSelector();

  /** IP range to match; when set, neither podSelector nor namespaceSelector may be used. */
  @JsonProperty("ipBlock")
  Optional<IPBlock> ipBlock();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicyPeer} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNetworkPolicyPeer.Builder {}
}
