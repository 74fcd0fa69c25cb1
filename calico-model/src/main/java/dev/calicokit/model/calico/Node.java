package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.ObjectMeta;
import dev.calicokit.model.Unstructured;
import dev.calicokit.model.internal.EmptyValueFilter;
import dev.calicokit.model.schema.WithoutCrd;
import dev.calicokit.model.style.CalicoStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Calico node: the BGP addresses, tunnel addresses and orchestrator references of one host that
 * runs calico-node. calicoctl and the Calico API server serve it under projectcalico.org/v3; with
 * the Kubernetes datastore it is kept on the Kubernetes Node, so there is no CRD for it.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNode.class)
@JsonDeserialize(builder = Node.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
@WithoutCrd(namespaced = false)
public interface Node extends WithNode, CalicoResource {
  /** Standard Kubernetes object metadata; the name is the node's host name. */
  @JsonProperty("metadata")
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /**
   * Addresses, tunnels, BGP settings and orchestrator references of the node, mostly written by
   * calico-node at start-up.
   */
  @JsonProperty("spec")
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  default NodeSpec spec() {
    return NodeSpec.builder().build();
  }

  /** Keys and pod CIDRs reported by Calico for the node; written by Calico, not by users. */
  @JsonProperty("status")
  Optional<NodeStatus> status();

  /** The apiVersion written when none is set: {@value}. */
  String DEFAULT_API_VERSION = "projectcalico.org/v3";

  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */
  String KIND = "Node";

  @JsonProperty("apiVersion")
  @Value.Default
  @Override
  default String apiVersion() {
    return DEFAULT_API_VERSION;
  }

  /** {@value #KIND}: the kind follows from the Java type, so it is not set. */
  @JsonProperty("kind")
  @Value.Derived
  @Override
  default String kind() {
    return KIND;
  }

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Node} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"kind"})
  final class Builder extends ImmutableNode.Builder {}
}
