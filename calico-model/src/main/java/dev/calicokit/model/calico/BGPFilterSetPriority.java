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
import org.immutables.value.Value;

/** Route change that sets a route's priority. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPFilterSetPriority.class)
@JsonDeserialize(builder = BGPFilterSetPriority.Builder.class)
@JsonPropertyOrder({"value"})
public interface BGPFilterSetPriority extends WithBGPFilterSetPriority, HasUnknownFields {
  /**
   * New priority, i.e. the kernel route metric where lower wins, in the same units as the
   * FelixConfiguration route priorities; 1 to 2147483646. Required.
   */
  @JsonProperty("value")
  @Fact(kind = FactKind.MINIMUM, value = "1")
  @Fact(kind = FactKind.MAXIMUM, value = "2147483646")
  @Fact(kind = FactKind.REQUIRED)
  Long value();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #value()} set to any whole number, an {@code int} too. */
  default BGPFilterSetPriority withValue(long value) {
    return withValue(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BGPFilterSetPriority} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBGPFilterSetPriority.Builder {
    /** Sets {@link BGPFilterSetPriority#value()} to any whole number, an {@code int} too. */
    public Builder value(long value) {
      return value(Long.valueOf(value));
    }
  }
}
