package dev.calicokit.policy.internal;

import dev.calicokit.model.schema.CalicoRelease;
import java.util.List;
import java.util.Map;

/**
 * Everything the evaluator needs, read and converted: the endpoints (workloads, host endpoints, network
 * sets), the tiers in Felix's order with their policies in Felix's order, the profiles, and notes on what
 * was left out (kinds the release does not enforce, host-networked pods, ...).
 */
public record PolicyModel(CalicoRelease release, List<EndpointData> endpoints, List<TierData> tiers,
    Map<String, List<CompiledPolicy>> policiesByTier, Map<String, ProfileData> profiles, List<String> notes,
    Map<String, Integer> aliases) {

  /** A profile's rules, as Felix renders a profile chain. */
  public record ProfileData(String name, List<CompiledRule> inbound, List<CompiledRule> outbound) {}

  /** Whether any policy is staged. */
  boolean hasStaged() {
    return policiesByTier.values().stream().flatMap(List::stream).anyMatch(CompiledPolicy::staged);
  }
}
