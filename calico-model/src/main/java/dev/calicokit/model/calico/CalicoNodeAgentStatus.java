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

/** Status of the BGP daemons (BIRD) running on a node. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableCalicoNodeAgentStatus.class)
@JsonDeserialize(builder = CalicoNodeAgentStatus.Builder.class)
@JsonPropertyOrder({"birdV4", "birdV6"})
public interface CalicoNodeAgentStatus extends WithCalicoNodeAgentStatus, HasUnknownFields {
  /** Most recently observed state of the IPv4 BIRD daemon. */
  @JsonProperty("birdV4")
  Optional<BGPDaemonStatus> birdV4();

  /** Most recently observed state of the IPv6 BIRD daemon. */
  @JsonProperty("birdV6")
  Optional<BGPDaemonStatus> birdV6();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalicoNodeAgentStatus} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableCalicoNodeAgentStatus.Builder {}
}
