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
import dev.calicokit.model.values.IpAddress;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Observed state of one BIRD BGP daemon (IPv4 or IPv6) on a node, as reported in CalicoNodeStatus.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPDaemonStatus.class)
@JsonDeserialize(builder = BGPDaemonStatus.Builder.class)
@JsonPropertyOrder({"state", "version", "routerID", "lastBootTime", "lastReconfigurationTime"})
public interface BGPDaemonStatus extends WithBGPDaemonStatus, HasUnknownFields {
  /** Whether the daemon is up: Ready or NotReady. */
  @JsonProperty("state")
  @Fact(kind = FactKind.ENUM, value = {"Ready", "NotReady"}, from = Release.V3_32)
  Optional<BGPDaemonState> state();

  /** Version string of the BIRD daemon. */
  @JsonProperty("version")
  Optional<String> version();

  /** BGP router ID used by the daemon, written in IPv4 address form. */
  @JsonProperty("routerID")
  Optional<IpAddress> routerID();

  /** When the daemon last started, as the text BIRD reports. */
  @JsonProperty("lastBootTime")
  Optional<String> lastBootTime();

  /** When the daemon last reloaded its configuration, as the text BIRD reports. */
  @JsonProperty("lastReconfigurationTime")
  Optional<String> lastReconfigurationTime();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BGPDaemonStatus} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBGPDaemonStatus.Builder {}
}
