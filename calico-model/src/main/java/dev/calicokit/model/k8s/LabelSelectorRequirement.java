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
 * One set-based condition inside a Kubernetes label selector: a label key, an operator and a list
 * of values.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableLabelSelectorRequirement.class)
@JsonDeserialize(builder = LabelSelectorRequirement.Builder.class)
@JsonPropertyOrder({"key", "operator", "values"})
public interface LabelSelectorRequirement extends WithLabelSelectorRequirement, HasUnknownFields {
  /** Label key the condition looks at. */
  @JsonProperty("key")
  @Fact(kind = FactKind.REQUIRED)
  String key();

  /** How the label relates to values: In, NotIn, Exists or DoesNotExist. */
  @JsonProperty("operator")
  @Fact(kind = FactKind.REQUIRED)
  LabelSelectorOperator operator();

  /**
   * Values used by In and NotIn (must be non-empty for them); must be empty for Exists and
   * DoesNotExist.
   */
  @JsonProperty("values")
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic", groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic", groups = {ApiGroup.V3, ApiGroup.NETPOL}, from = Release.V3_32)
  List<String> values();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LabelSelectorRequirement} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableLabelSelectorRequirement.Builder {}
}
