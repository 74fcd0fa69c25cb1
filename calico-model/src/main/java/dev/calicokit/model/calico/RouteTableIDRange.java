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

/**
 * One inclusive range of Linux routing table numbers that Felix may use for its own tables;
 * several ranges can be listed.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableRouteTableIDRange.class)
@JsonDeserialize(builder = RouteTableIDRange.Builder.class)
@JsonPropertyOrder({"min", "max"})
public interface RouteTableIDRange extends WithRouteTableIDRange, HasUnknownFields {
  /** Lowest routing table number in the range, inclusive; required and must be at least 1. */
  @JsonProperty("min")
  @Fact(kind = FactKind.REQUIRED)
  Long min();

  /**
   * Highest routing table number in the range, inclusive; required, must not be below min and
   * cannot exceed the largest table number Linux supports (ranges are best chosen to leave out the
   * kernel's reserved tables 253 to 255).
   */
  @JsonProperty("max")
  @Fact(kind = FactKind.REQUIRED)
  Long max();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #min()} set to any whole number, an {@code int} too. */
  default RouteTableIDRange withMin(long value) {
    return withMin(Long.valueOf(value));
  }

  /** A copy with {@link #max()} set to any whole number, an {@code int} too. */
  default RouteTableIDRange withMax(long value) {
    return withMax(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RouteTableIDRange} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableRouteTableIDRange.Builder {
    /** Sets {@link RouteTableIDRange#min()} to any whole number, an {@code int} too. */
    public Builder min(long min) {
      return min(Long.valueOf(min));
    }

    /** Sets {@link RouteTableIDRange#max()} to any whole number, an {@code int} too. */
    public Builder max(long max) {
      return max(Long.valueOf(max));
    }
  }
}
