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

/** Range of Service load balancer IP addresses that Calico may advertise over BGP. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableServiceLoadBalancerIPBlock.class)
@JsonDeserialize(builder = ServiceLoadBalancerIPBlock.Builder.class)
@JsonPropertyOrder({"cidr"})
public interface ServiceLoadBalancerIPBlock extends WithServiceLoadBalancerIPBlock, HasUnknownFields {
  /** Address range in CIDR form. */
  @JsonProperty("cidr")
  @Fact(kind = FactKind.FORMAT, value = "cidr", from = Release.V3_32)
  Optional<Cidr> cidr();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceLoadBalancerIPBlock} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableServiceLoadBalancerIPBlock.Builder {}
}
