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
import dev.calicokit.model.values.Cidr;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One address at which a node can be reached. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNodeAddress.class)
@JsonDeserialize(builder = NodeAddress.Builder.class)
@JsonPropertyOrder({"address", "type"})
public interface NodeAddress extends WithNodeAddress, HasUnknownFields {
  /** The address, with or without a prefix length. */
  @JsonProperty("address")
  Cidr address();

  /** Where the address comes from: CalicoNodeIP, InternalIP or ExternalIP. */
  @JsonProperty("type")
  Optional<NodeAddressType> type();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeAddress} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNodeAddress.Builder {}
}
