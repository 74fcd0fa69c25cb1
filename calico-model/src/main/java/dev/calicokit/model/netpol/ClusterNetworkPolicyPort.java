package dev.calicokit.model.netpol;

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
import dev.calicokit.model.schema.Cel;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Destination port condition of a ClusterNetworkPolicy protocol match; exactly one of its fields
 * is set.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableClusterNetworkPolicyPort.class)
@JsonDeserialize(builder = ClusterNetworkPolicyPort.Builder.class)
@JsonPropertyOrder({"number", "range"})
public interface ClusterNetworkPolicyPort extends WithClusterNetworkPolicyPort, HasUnknownFields {
  /** Single port number, 1 to 65535. */
  @JsonProperty("number")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  @Fact(kind = FactKind.MINIMUM, value = "1")
  @Fact(kind = FactKind.MAXIMUM, value = "65535")
  Optional<Integer> number();

  /** Inclusive range of ports. */
  @JsonProperty("range")
  @Cel(rule = "self.start < self.end", message = "the range's start must be lower than its end")
  Optional<PortRange> range();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClusterNetworkPolicyPort} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableClusterNetworkPolicyPort.Builder {}
}
