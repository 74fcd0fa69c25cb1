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
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** Routes known to the BGP daemon on a node, split by IP family. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableCalicoNodeBGPRouteStatus.class)
@JsonDeserialize(builder = CalicoNodeBGPRouteStatus.Builder.class)
@JsonPropertyOrder({"routesV4", "routesV6"})
public interface CalicoNodeBGPRouteStatus extends WithCalicoNodeBGPRouteStatus, HasUnknownFields {
  /** IPv4 routes reported for the node. */
  @JsonProperty("routesV4")
  List<CalicoNodeRoute> routesV4();

  /** IPv6 routes reported for the node. */
  @JsonProperty("routesV6")
  List<CalicoNodeRoute> routesV6();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalicoNodeBGPRouteStatus} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableCalicoNodeBGPRouteStatus.Builder {}
}
