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
import dev.calicokit.model.k8s.Condition;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** State that Calico reports about an IP pool. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableIPPoolStatus.class)
@JsonDeserialize(builder = IPPoolStatus.Builder.class)
@JsonPropertyOrder({"conditions"})
public interface IPPoolStatus extends WithIPPoolStatus, HasUnknownFields {
  /**
   * List of status conditions about the pool (for example whether it is usable), each with a type,
   * status, reason and message.
   */
  @JsonProperty("conditions")
  List<Condition> conditions();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPPoolStatus} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableIPPoolStatus.Builder {}
}
