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
import dev.calicokit.model.schema.Release;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Pod selection made of a namespace selector and a pod selector that must both match. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNamespacedPod.class)
@JsonDeserialize(builder = NamespacedPod.Builder.class)
@JsonPropertyOrder({"namespaceSelector", "podSelector"})
public interface NamespacedPod extends WithNamespacedPod, HasUnknownFields {
  /** Label selector for the namespaces to look in; an empty selector means all namespaces. */
  @JsonProperty("namespaceSelector")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  @Fact(kind = FactKind.REQUIRED, from = Release.V3_29, to = Release.V3_31)
  Optional<LabelSelector> namespaceSelector();

  /** Label selector for the pods within those namespaces; an empty selector means all pods. */
  @JsonProperty("podSelector")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  @Fact(kind = FactKind.REQUIRED)
  LabelSelector podSelector();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NamespacedPod} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNamespacedPod.Builder {}
}
