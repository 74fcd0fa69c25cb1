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
import dev.calicokit.model.values.IpAddress;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The addresses of a node's WireGuard interfaces. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNodeWireguardSpec.class)
@JsonDeserialize(builder = NodeWireguardSpec.Builder.class)
@JsonPropertyOrder({"interfaceIPv4Address", "interfaceIPv6Address"})
public interface NodeWireguardSpec extends WithNodeWireguardSpec, HasUnknownFields {
  /** IPv4 address of the WireGuard interface. */
  @JsonProperty("interfaceIPv4Address")
  Optional<IpAddress> interfaceIPv4Address();

  /** IPv6 address of the WireGuard interface. */
  @JsonProperty("interfaceIPv6Address")
  Optional<IpAddress> interfaceIPv6Address();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeWireguardSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNodeWireguardSpec.Builder {}
}
