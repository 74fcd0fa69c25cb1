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

/**
 * Limits a rule side to the endpoints backing a Kubernetes Service (and to their ports); it cannot
 * be combined with selectors, nets or service account matches in the same rule side.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableServiceMatch.class)
@JsonDeserialize(builder = ServiceMatch.Builder.class)
@JsonPropertyOrder({"name", "namespace"})
public interface ServiceMatch extends WithServiceMatch, HasUnknownFields {
  /** Name of the Service. */
  @JsonProperty("name")
  Optional<String> name();

  /** Namespace of the Service; when unset the namespace of the policy is used. */
  @JsonProperty("namespace")
  Optional<String> namespace();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceMatch} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableServiceMatch.Builder {}
}
