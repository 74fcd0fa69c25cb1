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

/** Observed node information published by calico-node for a CalicoNodeStatus request. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableCalicoNodeStatusStatus.class)
@JsonDeserialize(builder = CalicoNodeStatusStatus.Builder.class)
@JsonPropertyOrder({"lastUpdated", "agent", "bgp", "routes"})
public interface CalicoNodeStatusStatus extends WithCalicoNodeStatusStatus, HasUnknownFields {
  /** Server time of the most recent update, as an RFC 3339 timestamp in UTC. */
  @JsonProperty("lastUpdated")
  @Fact(kind = FactKind.FORMAT, value = "date-time")
  @Fact(kind = FactKind.NULLABLE)
  Optional<String> lastUpdated();

  /** State of the BGP daemons on the node. */
  @JsonProperty("agent")
  Optional<CalicoNodeAgentStatus> agent();

  /** Counts and details of the node's BGP sessions. */
  @JsonProperty("bgp")
  Optional<CalicoNodeBGPStatus> bgp();

  /** Routes known to the node's BGP daemon. */
  @JsonProperty("routes")
  Optional<CalicoNodeBGPRouteStatus> routes();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalicoNodeStatusStatus} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableCalicoNodeStatusStatus.Builder {}
}
