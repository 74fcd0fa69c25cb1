package dev.calicokit.policy.internal;

import dev.calicokit.model.selector.SelectorExpression;
import java.util.List;

/**
 * A policy in Felix's form ({@code model.Policy} after the update processors): its tier, order
 * (+Inf when absent, as policy_sorter.go ExtractPolicyMetadata maps it), selector with the namespace
 * and service-account parts folded in, the directions it governs and its rules.
 *
 * @param kind what the user wrote: NetworkPolicy, GlobalNetworkPolicy, KubernetesNetworkPolicy,
 *     AdminNetworkPolicy, ..., and the Staged kinds
 * @param staged staged policies are not enforced (Felix skips them: rules/endpoints.go "Skip programming
 *     staged policy")
 * @param stagedDelete a staged policy whose stagedAction is Delete: it stands for removing its counterpart
 */
record CompiledPolicy(String kind, String namespace, String name, String tier, double order, SelectorExpression selector,
    boolean ingress, boolean egress, List<CompiledRule> inbound, List<CompiledRule> outbound, boolean staged,
    boolean stagedDelete, String note) {

  /** How explanations and verdicts name it: {@code Kind ns/name} or {@code Kind name}. */
  String id() {
    return kind + " " + (namespace == null ? "" : namespace + "/") + name;
  }

  /** The enforced kind a staged kind stands for (StagedNetworkPolicy: NetworkPolicy). */
  String enforcedKind() {
    return kind.startsWith("Staged") ? kind.substring("Staged".length()) : kind;
  }

  /** Felix's tie-break for equal orders: name, then namespace, then kind (policy_sorter.go PolKVLess). */
  String sortKey() {
    return name + "/" + (namespace == null ? "" : namespace) + "/" + enforcedKind();
  }
}
