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
import dev.calicokit.model.k8s.LabelSelector;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Pods that a ClusterNetworkPolicy applies to; exactly one of its fields is set. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableClusterNetworkPolicySubject.class)
@JsonDeserialize(builder = ClusterNetworkPolicySubject.Builder.class)
@JsonPropertyOrder({"namespaces", "pods"})
public interface ClusterNetworkPolicySubject extends WithClusterNetworkPolicySubject, HasUnknownFields {
  /** Selects all pods in the namespaces whose labels match. */
  @JsonProperty("namespaces")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  Optional<LabelSelector> namespaces();

  /** Selects pods by a namespace selector together with a pod selector. */
  @JsonProperty("pods")
  Optional<NamespacedPod> pods();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClusterNetworkPolicySubject} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableClusterNetworkPolicySubject.Builder {}
}
