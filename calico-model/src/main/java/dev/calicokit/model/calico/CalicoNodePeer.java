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

/** Status of one BGP session between a node and one of its peers. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableCalicoNodePeer.class)
@JsonDeserialize(builder = CalicoNodePeer.Builder.class)
@JsonPropertyOrder({"peerIP", "type", "state", "since"})
public interface CalicoNodePeer extends WithCalicoNodePeer, HasUnknownFields {
  /** IP address of the peer. */
  @JsonProperty("peerIP")
  Optional<IpAddress> peerIP();

  /**
   * Where the peering comes from: NodeMesh (automatic full mesh), NodePeer (a BGPPeer aimed at
   * particular nodes) or GlobalPeer (a BGPPeer for all nodes).
   */
  @JsonProperty("type")
  @Fact(kind = FactKind.ENUM, value = {"NodeMesh", "NodePeer", "GlobalPeer"}, from = Release.V3_32)
  Optional<BGPPeerType> type();

  /** BGP session state: Idle, Connect, Active, OpenSent, OpenConfirm, Established or Close. */
  @JsonProperty("state")
  @Fact(kind = FactKind.ENUM, value = {"Idle", "Connect", "Active", "OpenSent", "OpenConfirm", "Established", "Close"}, from = Release.V3_32)
  Optional<BGPSessionState> state();

  /** When the session state last changed, as the text BIRD reports. */
  @JsonProperty("since")
  Optional<String> since();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalicoNodePeer} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableCalicoNodePeer.Builder {}
}
