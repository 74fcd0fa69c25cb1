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
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Port selection used in admin and baseline admin policy rules; exactly one of its fields is set.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableAdminNetworkPolicyPort.class)
@JsonDeserialize(builder = AdminNetworkPolicyPort.Builder.class)
@JsonPropertyOrder({"portNumber", "namedPort", "portRange"})
public interface AdminNetworkPolicyPort extends WithAdminNetworkPolicyPort, HasUnknownFields {
  /** A single port number with its protocol. */
  @JsonProperty("portNumber")
  Optional<PortNumber> portNumber();

  /** Name of a container port declared on the pods. */
  @JsonProperty("namedPort")
  Optional<String> namedPort();

  /** An inclusive range of port numbers with its protocol. */
  @JsonProperty("portRange")
  Optional<PortRange> portRange();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AdminNetworkPolicyPort} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableAdminNetworkPolicyPort.Builder {}
}
