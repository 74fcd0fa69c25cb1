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
import dev.calicokit.model.values.Cidr;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One route known to the BGP daemon on a node. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableCalicoNodeRoute.class)
@JsonDeserialize(builder = CalicoNodeRoute.Builder.class)
@JsonPropertyOrder({"type", "destination", "gateway", "interface", "learnedFrom"})
public interface CalicoNodeRoute extends WithCalicoNodeRoute, HasUnknownFields {
  /**
   * FIB when the route is installed for forwarding, RIB when it is only present in the routing
   * table.
   */
  @JsonProperty("type")
  @Fact(kind = FactKind.ENUM, value = {"FIB", "RIB"}, from = Release.V3_32)
  Optional<CalicoNodeRouteType> type();

  /** Destination prefix of the route in CIDR form. */
  @JsonProperty("destination")
  Optional<Cidr> destination();

  /** Next-hop address used to reach the destination. */
  @JsonProperty("gateway")
  Optional<String> gateway();

  /** Network interface the route sends traffic through. */
  @JsonProperty("interface")
  Optional<String> networkInterface();

  /** Where the route came from. */
  @JsonProperty("learnedFrom")
  Optional<CalicoNodeRouteLearnedFrom> learnedFrom();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalicoNodeRoute} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableCalicoNodeRoute.Builder {}
}
