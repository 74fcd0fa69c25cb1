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
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Release;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings of a policy tier: its position and what happens to traffic no policy in it decides on.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableTierSpec.class)
@JsonDeserialize(builder = TierSpec.Builder.class)
@JsonPropertyOrder({"order", "defaultAction"})
public interface TierSpec extends WithTierSpec, HasUnknownFields {
  /**
   * Number fixing the position of the tier, lower values evaluated first; when unset the tier
   * comes last, and ties are broken by name.
   */
  @JsonProperty("order")
  Optional<BigDecimal> order();

  /**
   * Pass or Deny: applied to traffic of endpoints that some policy in the tier selects but that no
   * rule decided on; Deny when unset.
   */
  @JsonProperty("defaultAction")
  @Fact(kind = FactKind.ENUM, value = {"Pass", "Deny"}, groups = ApiGroup.CRD_V1, from = Release.V3_29, to = Release.V3_31)
  @Fact(kind = FactKind.DEFAULT, value = "\"Deny\"", from = Release.V3_32)
  @Fact(kind = FactKind.ALL_OF, value = "[{\"enum\":[\"Allow\",\"Deny\",\"Log\",\"Pass\"]},{\"enum\":[\"Pass\",\"Deny\"]}]", from = Release.V3_32)
  Optional<Action> defaultAction();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #order()} set to any whole number, an {@code int} too. */
  default TierSpec withOrder(long value) {
    return withOrder(BigDecimal.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TierSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableTierSpec.Builder {
    /** Sets {@link TierSpec#order()} to any whole number, an {@code int} too. */
    public Builder order(long order) {
      return order(BigDecimal.valueOf(order));
    }
  }
}
