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
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A BGP community value with a name, so that other BGP settings can refer to it by that name.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableCommunity.class)
@JsonDeserialize(builder = Community.Builder.class)
@JsonPropertyOrder({"name", "value"})
public interface Community extends WithCommunity, HasUnknownFields {
  /** Name used to refer to the community. */
  @JsonProperty("name")
  Optional<String> name();

  /**
   * Community in standard form aa:nn (16-bit parts) or large form aa:nn:mm (32-bit parts), where
   * aa is an AS number and the rest are values chosen by that AS.
   */
  @JsonProperty("value")
  @Fact(kind = FactKind.PATTERN, value = "^(\\d+):(\\d+)$|^(\\d+):(\\d+):(\\d+)$")
  Optional<String> value();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Community} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableCommunity.Builder {}
}
