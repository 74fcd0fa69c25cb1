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
import dev.calicokit.model.k8s.LabelSelector;
import dev.calicokit.model.schema.Cel;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.SchemaNode;
import dev.calicokit.model.values.Cidr;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One destination of an admin policy egress rule; exactly one of its fields is set. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableAdminNetworkPolicyEgressPeer.class)
@JsonDeserialize(builder = AdminNetworkPolicyEgressPeer.Builder.class)
@JsonPropertyOrder({"namespaces", "pods", "nodes", "networks"})
public interface AdminNetworkPolicyEgressPeer extends WithAdminNetworkPolicyEgressPeer, HasUnknownFields {
  /**
   * Selects every pod in the namespaces whose labels match this selector; host-network pods are
   * not covered.
   */
  @JsonProperty("namespaces")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  Optional<LabelSelector> namespaces();

  /**
   * Selects pods by a namespace selector together with a pod selector; host-network pods are not
   * covered.
   */
  @JsonProperty("pods")
  Optional<NamespacedPod> pods();

  /**
   * Selects nodes by their labels, matching traffic to the node addresses; an empty selector picks
   * all nodes.
   */
  @JsonProperty("nodes")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  Optional<LabelSelector> nodes();

  /**
   * Destination networks given as up to 25 IPv4 or IPv6 CIDRs, for example 10.0.0.0/8; traffic to
   * in-cluster addresses in these ranges matches as well.
   */
  @JsonProperty("networks")
  @Fact(kind = FactKind.MIN_ITEMS, value = "1")
  @Fact(kind = FactKind.MAX_ITEMS, value = "25")
  @Fact(kind = FactKind.LIST_TYPE, value = "set")
  @Fact(kind = FactKind.MAX_LENGTH, value = "43", node = SchemaNode.ITEMS)
  @Cel(rule = "self.contains(':') != self.contains('.')", message = "must be an IPv4 or an IPv6 network, not both and not neither", node = SchemaNode.ITEMS)
  List<Cidr> networks();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AdminNetworkPolicyEgressPeer} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableAdminNetworkPolicyEgressPeer.Builder {}
}
