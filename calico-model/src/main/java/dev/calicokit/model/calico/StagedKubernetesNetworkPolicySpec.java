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
import dev.calicokit.model.k8s.LabelSelector;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Release;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Contents of a staged Kubernetes network policy: the usual Kubernetes NetworkPolicy fields plus
 * the staged action.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableStagedKubernetesNetworkPolicySpec.class)
@JsonDeserialize(builder = StagedKubernetesNetworkPolicySpec.Builder.class)
@JsonPropertyOrder({"stagedAction", "podSelector", "ingress", "egress", "policyTypes"})
public interface StagedKubernetesNetworkPolicySpec extends WithStagedKubernetesNetworkPolicySpec, HasUnknownFields {
  /**
   * What the staged policy previews: Set (creating or updating the real policy, the default),
   * Delete (removing it), Learn (a policy being built by policy recommendation) or Ignore (not
   * evaluated).
   */
  @JsonProperty("stagedAction")
  @Fact(kind = FactKind.ENUM, value = {"Set", "Delete", "Learn", "Ignore"}, from = Release.V3_32)
  @Fact(kind = FactKind.DEFAULT, value = "\"Set\"", from = Release.V3_32)
  Optional<StagedAction> stagedAction();

  /**
   * Label selector choosing the pods in the namespace the policy applies to; an empty selector
   * picks all of them.
   */
  @JsonProperty("podSelector")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  Optional<LabelSelector> podSelector();

  /**
   * Rules for incoming traffic of the selected pods; an empty list (with Ingress in policyTypes)
   * would block all ingress.
   */
  @JsonProperty("ingress")
  List<NetworkPolicyIngressRule> ingress();

  /**
   * Rules for outgoing traffic of the selected pods; an empty list (with Egress in policyTypes)
   * would block all egress.
   */
  @JsonProperty("egress")
  List<NetworkPolicyEgressRule> egress();

  /**
   * Ingress, Egress or both; when unset Ingress is assumed, plus Egress if egress rules are
   * present.
   */
  @JsonProperty("policyTypes")
  @Fact(kind = FactKind.MIN_ITEMS, value = "1", from = Release.V3_32)
  @Fact(kind = FactKind.MAX_ITEMS, value = "2", from = Release.V3_32)
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  List<PolicyType> policyTypes();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StagedKubernetesNetworkPolicySpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableStagedKubernetesNetworkPolicySpec.Builder {}
}
