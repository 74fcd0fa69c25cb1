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
 * Lower and upper bounds on the prefix length of IPv4 routes matched by a filter rule, narrowing
 * its CIDR match.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPFilterPrefixLengthV4.class)
@JsonDeserialize(builder = BGPFilterPrefixLengthV4.Builder.class)
@JsonPropertyOrder({"min", "max"})
public interface BGPFilterPrefixLengthV4 extends WithBGPFilterPrefixLengthV4, HasUnknownFields {
  /**
   * Shortest prefix length that matches, 0 to 32; the prefix length of the rule's cidr when unset.
   */
  @JsonProperty("min")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  @Fact(kind = FactKind.MINIMUM, value = "0")
  @Fact(kind = FactKind.MAXIMUM, value = "32")
  Optional<Integer> min();

  /** Longest prefix length that matches, 0 to 32; 32 when unset. */
  @JsonProperty("max")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  @Fact(kind = FactKind.MINIMUM, value = "0")
  @Fact(kind = FactKind.MAXIMUM, value = "32")
  Optional<Integer> max();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BGPFilterPrefixLengthV4} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBGPFilterPrefixLengthV4.Builder {}
}
