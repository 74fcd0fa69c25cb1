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
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Contents of a ClusterNetworkPolicy: its tier, priority within the tier, the pods it covers and
 * its ordered rules.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableClusterNetworkPolicySpec.class)
@JsonDeserialize(builder = ClusterNetworkPolicySpec.Builder.class)
@JsonPropertyOrder({"tier", "priority", "subject", "ingress", "egress"})
public interface ClusterNetworkPolicySpec extends WithClusterNetworkPolicySpec, HasUnknownFields {
  /** Admin (evaluated before NetworkPolicies) or Baseline (evaluated after them); required. */
  @JsonProperty("tier")
  @Fact(kind = FactKind.ENUM, value = {"Admin", "Baseline"})
  @Fact(kind = FactKind.REQUIRED)
  ClusterNetworkPolicyTier tier();

  /**
   * Number from 0 to 1000 ordering the policy within its tier, lower values first; the outcome is
   * unpredictable when overlapping policies share a priority.
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
  ClusterNetworkPolicySubject subject();

  /**
   * Ordered ingress rules, at most 25, where earlier rules win; without ingress rules the policy
   * does not affect incoming traffic.
   */
  @JsonProperty("ingress")
  @Fact(kind = FactKind.MAX_ITEMS, value = "25")
  List<ClusterNetworkPolicyIngressRule> ingress();

  /**
   * Ordered egress rules, at most 25, where earlier rules win; without egress rules the policy
   * does not affect outgoing traffic.
   */
  @JsonProperty("egress")
  @Fact(kind = FactKind.MAX_ITEMS, value = "25")
  List<ClusterNetworkPolicyEgressRule> egress();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClusterNetworkPolicySpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableClusterNetworkPolicySpec.Builder {}
}
