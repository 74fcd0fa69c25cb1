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
import java.util.Map;
import org.immutables.value.Value;

/** Descriptive information attached to one policy rule; it has no effect on enforcement. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableRuleMetadata.class)
@JsonDeserialize(builder = RuleMetadata.Builder.class)
@JsonPropertyOrder({"annotations"})
public interface RuleMetadata extends WithRuleMetadata, HasUnknownFields {
  /** Free-form string key/value pairs describing the rule. */
  @JsonProperty("annotations")
  Map<String, String> annotations();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleMetadata} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableRuleMetadata.Builder {}
}
