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
import dev.calicokit.model.schema.Release;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Narrows a policy rule to particular ICMP or ICMPv6 messages by type and, optionally, code; it
 * only makes sense when the rule protocol is ICMP or ICMPv6.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableICMPFields.class)
@JsonDeserialize(builder = ICMPFields.Builder.class)
@JsonPropertyOrder({"type", "code"})
public interface ICMPFields extends WithICMPFields, HasUnknownFields {
  /**
   * ICMP message type to match, 0 to 254 (for example 8 for an IPv4 echo request); when unset
   * every ICMP message matches.
   */
  @JsonProperty("type")
  @Fact(kind = FactKind.MINIMUM, value = "0", from = Release.V3_32)
  @Fact(kind = FactKind.MAXIMUM, value = "254", from = Release.V3_32)
  Optional<Long> type();

  /**
   * ICMP code to match, 0 to 255; it may only be given together with type, and when unset every
   * code of the chosen type matches.
   */
  @JsonProperty("code")
  @Fact(kind = FactKind.MINIMUM, value = "0", from = Release.V3_32)
  @Fact(kind = FactKind.MAXIMUM, value = "255", from = Release.V3_32)
  Optional<Long> code();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #type()} set to any whole number, an {@code int} too. */
  default ICMPFields withType(long value) {
    return withType(Long.valueOf(value));
  }

  /** A copy with {@link #code()} set to any whole number, an {@code int} too. */
  default ICMPFields withCode(long value) {
    return withCode(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ICMPFields} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableICMPFields.Builder {
    /** Sets {@link ICMPFields#type()} to any whole number, an {@code int} too. */
    public Builder type(long type) {
      return type(Long.valueOf(type));
    }

    /** Sets {@link ICMPFields#code()} to any whole number, an {@code int} too. */
    public Builder code(long code) {
      return code(Long.valueOf(code));
    }
  }
}
