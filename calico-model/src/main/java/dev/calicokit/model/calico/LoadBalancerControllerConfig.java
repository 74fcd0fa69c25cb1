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
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options of the controller that gives Services of type LoadBalancer addresses from Calico IP
 * pools.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableLoadBalancerControllerConfig.class)
@JsonDeserialize(builder = LoadBalancerControllerConfig.Builder.class)
@JsonPropertyOrder({"assignIPs"})
public interface LoadBalancerControllerConfig extends WithLoadBalancerControllerConfig, HasUnknownFields {
  /**
   * AllServices (default) assigns addresses to every LoadBalancer Service; RequestedServicesOnly
   * only to Services that explicitly ask for a Calico pool or address.
   */
  @JsonProperty("assignIPs")
  @Fact(kind = FactKind.ENUM, value = {"AllServices", "RequestedServicesOnly"}, from = Release.V3_32)
  @Fact(kind = FactKind.DEFAULT, value = "\"AllServices\"", to = Release.V3_29)
  @Fact(kind = FactKind.DEFAULT, value = "\"AllServices\"", from = Release.V3_30, fromPatch = 5, to = Release.V3_30)
  @Fact(kind = FactKind.DEFAULT, value = "\"AllServices\"", from = Release.V3_31, fromPatch = 1)
  Optional<AssignIPs> assignIPs();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LoadBalancerControllerConfig} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableLoadBalancerControllerConfig.Builder {}
}
