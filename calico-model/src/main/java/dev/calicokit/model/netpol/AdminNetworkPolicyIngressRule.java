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
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.SchemaNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Ingress rule of an AdminNetworkPolicy: the action applied to traffic reaching the subject pods
 * from the listed sources.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableAdminNetworkPolicyIngressRule.class)
@JsonDeserialize(builder = AdminNetworkPolicyIngressRule.Builder.class)
@JsonPropertyOrder({"name", "action", "from", "ports"})
public interface AdminNetworkPolicyIngressRule extends WithAdminNetworkPolicyIngressRule, HasUnknownFields {
  /** Optional label for the rule, up to 100 characters, used in logs and status messages. */
  @JsonProperty("name")
  @Fact(kind = FactKind.MAX_LENGTH, value = "100")
  Optional<String> name();

  /**
   * Allow, Deny or Pass; Pass skips the remaining admin policy rules and leaves the decision to
   * NetworkPolicies and then the baseline policy.
   */
  @JsonProperty("action")
  @Fact(kind = FactKind.ENUM, value = {"Allow", "Deny", "Pass"})
  @Fact(kind = FactKind.REQUIRED)
  AdminNetworkPolicyRuleAction action();

  /** Sources the rule applies to, 1 to 100 entries; the rule matches if any of them matches. */
  @JsonProperty("from")
  @Fact(kind = FactKind.MIN_ITEMS, value = "1")
  @Fact(kind = FactKind.MAX_ITEMS, value = "100")
  @Fact(kind = FactKind.REQUIRED)
  @Fact(kind = FactKind.MIN_PROPERTIES, value = "1", node = SchemaNode.ITEMS)
  @Fact(kind = FactKind.MAX_PROPERTIES, value = "1", node = SchemaNode.ITEMS)
  List<AdminNetworkPolicyIngressPeer> fromPeers();

  /** Ports on the subject pods to match, up to 100 entries; when unset all ports match. */
  @JsonProperty("ports")
  @Fact(kind = FactKind.MAX_ITEMS, value = "100")
  @Fact(kind = FactKind.MIN_PROPERTIES, value = "1", node = SchemaNode.ITEMS)
  @Fact(kind = FactKind.MAX_PROPERTIES, value = "1", node = SchemaNode.ITEMS)
  List<AdminNetworkPolicyPort> ports();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AdminNetworkPolicyIngressRule} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableAdminNetworkPolicyIngressRule.Builder {}
}
