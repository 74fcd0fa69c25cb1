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
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Standard Kubernetes status condition describing one aspect of an object's current state. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableCondition.class)
@JsonDeserialize(builder = Condition.Builder.class)
@JsonPropertyOrder({"type", "status", "observedGeneration", "lastTransitionTime", "reason", "message"})
public interface Condition extends WithCondition, HasUnknownFields {
  /** Name of the condition in CamelCase, for example Ready. */
  @JsonProperty("type")
  @Fact(kind = FactKind.PATTERN, value = "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$")
  @Fact(kind = FactKind.MAX_LENGTH, value = "316")
  @Fact(kind = FactKind.REQUIRED)
  String type();

  /** State of the condition: True, False or Unknown. */
  @JsonProperty("status")
  @Fact(kind = FactKind.ENUM, value = {"True", "False", "Unknown"})
  @Fact(kind = FactKind.REQUIRED)
  ConditionStatus status();

  /**
   * metadata.generation of the object when the condition was computed; a value below the current
   * generation means the condition may be stale.
   */
  @JsonProperty("observedGeneration")
  @Fact(kind = FactKind.FORMAT, value = "int64")
  @Fact(kind = FactKind.MINIMUM, value = "0")
  Optional<Long> observedGeneration();

  /** When the condition's status last changed, as an RFC 3339 timestamp. */
  @JsonProperty("lastTransitionTime")
  @Fact(kind = FactKind.FORMAT, value = "date-time")
  @Fact(kind = FactKind.REQUIRED)
  String lastTransitionTime();

  /** Short CamelCase code for the cause of the last change. */
  @JsonProperty("reason")
  @Fact(kind = FactKind.PATTERN, value = "^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$")
  @Fact(kind = FactKind.MIN_LENGTH, value = "1")
  @Fact(kind = FactKind.MAX_LENGTH, value = "1024")
  @Fact(kind = FactKind.REQUIRED)
  String reason();

  /** Human-readable detail about the condition; may be empty. */
  @JsonProperty("message")
  @Fact(kind = FactKind.MAX_LENGTH, value = "32768")
  @Fact(kind = FactKind.REQUIRED)
  String message();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #observedGeneration()} set to any whole number, an {@code int} too. */
  default Condition withObservedGeneration(long value) {
    return withObservedGeneration(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Condition} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableCondition.Builder {
    /** Sets {@link Condition#observedGeneration()} to any whole number, an {@code int} too. */
    public Builder observedGeneration(long observedGeneration) {
      return observedGeneration(Long.valueOf(observedGeneration));
    }
  }
}
