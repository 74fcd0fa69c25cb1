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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** What Calico reports about a node. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNodeStatus.class)
@JsonDeserialize(builder = NodeStatus.Builder.class)
@JsonPropertyOrder({"wireguardPublicKey", "wireguardPublicKeyV6", "podCIDRs"})
public interface NodeStatus extends WithNodeStatus, HasUnknownFields {
  /** Public key of the node's IPv4 WireGuard interface, base64-encoded. */
  @JsonProperty("wireguardPublicKey")
  Optional<String> wireguardPublicKey();

  /** Public key of the node's IPv6 WireGuard interface, base64-encoded. */
  @JsonProperty("wireguardPublicKeyV6")
  Optional<String> wireguardPublicKeyV6();

  /** The pod CIDRs of the Kubernetes node, as Kubernetes assigned them. */
  @JsonProperty("podCIDRs")
  List<Cidr> podCIDRs();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeStatus} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNodeStatus.Builder {}
}
