package dev.calicokit.model.k8s;

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
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Release;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Kubernetes-style label selector used to pick pods, namespaces or nodes by their labels; all
 * given conditions must hold, and an empty selector matches everything.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableLabelSelector.class)
@JsonDeserialize(builder = LabelSelector.Builder.class)
@JsonPropertyOrder({"matchLabels", "matchExpressions"})
public interface LabelSelector extends WithLabelSelector, HasUnknownFields {
  /** Label key/value pairs that must all be present with exactly these values. */
  @JsonProperty("matchLabels")
  Map<String, String> matchLabels();

  /** Set-based conditions on labels, all of which must be satisfied. */
  @JsonProperty("matchExpressions")
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic", groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic", groups = {ApiGroup.V3, ApiGroup.NETPOL}, from = Release.V3_32)
  List<LabelSelectorRequirement> matchExpressions();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LabelSelector} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableLabelSelector.Builder {}
}
