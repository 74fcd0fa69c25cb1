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

/** Origin of a route listed in CalicoNodeStatus. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableCalicoNodeRouteLearnedFrom.class)
@JsonDeserialize(builder = CalicoNodeRouteLearnedFrom.Builder.class)
@JsonPropertyOrder({"sourceType", "peerIP"})
public interface CalicoNodeRouteLearnedFrom extends WithCalicoNodeRouteLearnedFrom, HasUnknownFields {
  /** Kind of origin: Kernel, Static, Direct, NodeMesh or BGPPeer. */
  @JsonProperty("sourceType")
  @Fact(kind = FactKind.ENUM, value = {"Kernel", "Static", "Direct", "NodeMesh", "BGPPeer"}, from = Release.V3_32)
  Optional<CalicoNodeRouteSourceType> sourceType();

  /**
   * Address of the BGP router that sent the route; present when sourceType is NodeMesh or BGPPeer.
   */
  @JsonProperty("peerIP")
  Optional<IpAddress> peerIP();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalicoNodeRouteLearnedFrom} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableCalicoNodeRouteLearnedFrom.Builder {}
}
