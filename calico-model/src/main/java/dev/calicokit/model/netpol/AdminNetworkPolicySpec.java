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
import dev.calicokit.model.schema.SchemaNode;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Contents of an AdminNetworkPolicy: the pods it covers, its priority and its ordered rules.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableAdminNetworkPolicySpec.class)
@JsonDeserialize(builder = AdminNetworkPolicySpec.Builder.class)
@JsonPropertyOrder({"priority", "subject", "ingress", "egress"})
public interface AdminNetworkPolicySpec extends WithAdminNetworkPolicySpec, HasUnknownFields {
  /**
   * Number from 0 to 1000, where lower values are evaluated first; behaviour is undefined when two
   * policies share a priority.
   */
  @JsonProperty("priority")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  @Fact(kind = FactKind.MINIMUM, value = "0")
  @Fact(kind = FactKind.MAXIMUM, value = "1000")
  @Fact(kind = FactKind.REQUIRED)
  Integer priority();

  /** The pods the policy applies to; required. */
  @JsonProperty("subject")
  @Fact(kind = FactKind.MIN_PROPERTIES, value = "1")
  @Fact(kind = FactKind.MAX_PROPERTIES, value = "1")
  @Fact(kind = FactKind.REQUIRED)
  AdminNetworkPolicySubject subject();

  /**
   * Ordered ingress rules, at most 100, where earlier rules win; without ingress rules the policy
   * does not affect incoming traffic.
   */
  @JsonProperty("ingress")
  @Fact(kind = FactKind.MAX_ITEMS, value = "100")
  List<AdminNetworkPolicyIngressRule> ingress();

  /**
   * Ordered egress rules, at most 100, where earlier rules win; without egress rules the policy
   * does not affect outgoing traffic.
   */
  @JsonProperty("egress")
  @Fact(kind = FactKind.MAX_ITEMS, value = "100")
  @Cel(rule = "!(self.to.exists(peer, has(peer.networks) || has(peer.nodes)) && has(self.ports) && self.ports.exists(port, has(port.namedPort)))", message = "a rule whose peers name networks or nodes cannot match on a named port", node = SchemaNode.ITEMS)
  List<AdminNetworkPolicyEgressRule> egress();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AdminNetworkPolicySpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableAdminNetworkPolicySpec.Builder {}
}
