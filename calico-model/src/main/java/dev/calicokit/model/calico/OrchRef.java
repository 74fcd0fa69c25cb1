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
import java.util.Optional;
import org.immutables.value.Value;

/** The name a node has in one orchestrator. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableOrchRef.class)
@JsonDeserialize(builder = OrchRef.Builder.class)
@JsonPropertyOrder({"nodeName", "orchestrator"})
public interface OrchRef extends WithOrchRef, HasUnknownFields {
  /** Name of the node in the orchestrator. */
  @JsonProperty("nodeName")
  Optional<String> nodeName();

  /** The orchestrator, such as k8s. */
  @JsonProperty("orchestrator")
  String orchestrator();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OrchRef} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableOrchRef.Builder {}
}
