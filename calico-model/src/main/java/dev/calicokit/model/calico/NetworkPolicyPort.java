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
import dev.calicokit.model.values.IntOrString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Port, or range of ports, and protocol matched by a Kubernetes-style network policy rule. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNetworkPolicyPort.class)
@JsonDeserialize(builder = NetworkPolicyPort.Builder.class)
@JsonPropertyOrder({"protocol", "port", "endPort"})
public interface NetworkPolicyPort extends WithNetworkPolicyPort, HasUnknownFields {
  /** TCP, UDP or SCTP; TCP when unset. */
  @JsonProperty("protocol")
  Optional<String> protocol();

  /**
   * Port number or named container port to match; when unset all ports of the protocol match.
   */
  @JsonProperty("port")
  @Fact(kind = FactKind.INT_OR_STRING)
  Optional<IntOrString> port();

  /**
   * Last port of an inclusive range starting at port; requires a numeric port and must not be
   * below it.
   */
  @JsonProperty("endPort")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  Optional<Integer> endPort();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicyPort} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNetworkPolicyPort.Builder {}
}
