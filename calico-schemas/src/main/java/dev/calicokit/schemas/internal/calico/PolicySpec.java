package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.GlobalNetworkPolicySpec;
import dev.calicokit.model.calico.NetworkPolicy;
import dev.calicokit.model.calico.NetworkPolicySpec;
import dev.calicokit.model.calico.PolicyType;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.calico.StagedAction;
import dev.calicokit.model.calico.StagedGlobalNetworkPolicy;
import dev.calicokit.model.calico.StagedGlobalNetworkPolicySpec;
import dev.calicokit.model.calico.StagedNetworkPolicy;
import dev.calicokit.model.calico.StagedNetworkPolicySpec;
import dev.calicokit.model.values.Selector;
import java.util.List;
import java.util.Optional;

/**
 * The spec fields that Calico's policy rules read, alike for the four policy kinds, whose spec types
 * the model keeps apart (NetworkPolicy and its staged form have no namespaceSelector, preDNAT,
 * doNotTrack or applyOnForward; only the staged forms have stagedAction).
 */
record PolicySpec(
    boolean global,
    Optional<StagedAction> stagedAction,
    Optional<String> tier,
    List<Rule> ingress,
    List<Rule> egress,
    Optional<Selector> selector,
    List<PolicyType> types,
    Optional<Boolean> doNotTrack,
    Optional<Boolean> preDNAT,
    Optional<Boolean> applyOnForward,
    Optional<Selector> serviceAccountSelector,
    Optional<Selector> namespaceSelector) {

  /** The spec of a policy resource; empty for other kinds. */
  static Optional<PolicySpec> of(CalicoResource resource) {
    if (resource instanceof GlobalNetworkPolicy p) {
      GlobalNetworkPolicySpec s = p.spec();
      return Optional.of(new PolicySpec(true, Optional.empty(), s.tier(), s.ingress(), s.egress(), s.selector(),
          s.types(), s.doNotTrack(), s.preDNAT(), s.applyOnForward(), s.serviceAccountSelector(), s.namespaceSelector()));
    }
    if (resource instanceof StagedGlobalNetworkPolicy p) {
      StagedGlobalNetworkPolicySpec s = p.spec();
      return Optional.of(new PolicySpec(true, s.stagedAction(), s.tier(), s.ingress(), s.egress(), s.selector(),
          s.types(), s.doNotTrack(), s.preDNAT(), s.applyOnForward(), s.serviceAccountSelector(), s.namespaceSelector()));
    }
    if (resource instanceof NetworkPolicy p) {
      NetworkPolicySpec s = p.spec();
      return Optional.of(new PolicySpec(false, Optional.empty(), s.tier(), s.ingress(), s.egress(), s.selector(),
          s.types(), Optional.empty(), Optional.empty(), Optional.empty(), s.serviceAccountSelector(), Optional.empty()));
    }
    if (resource instanceof StagedNetworkPolicy p) {
      StagedNetworkPolicySpec s = p.spec();
      return Optional.of(new PolicySpec(false, s.stagedAction(), s.tier(), s.ingress(), s.egress(), s.selector(),
          s.types(), Optional.empty(), Optional.empty(), Optional.empty(), s.serviceAccountSelector(), Optional.empty()));
    }
    return Optional.empty();
  }

  /** The spec of the document under check, when it is a policy that binds to the model. */
  static Optional<PolicySpec> of(DocCheck c) {
    return c.resource().flatMap(PolicySpec::of);
  }
}
