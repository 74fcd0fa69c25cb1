package dev.calicokit.model.netpol;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The evaluation tier a ClusterNetworkPolicy belongs to, relative to namespaced NetworkPolicies.
 * Set in ClusterNetworkPolicy spec.tier. A value this library does not know is kept as read; see
 * {@link OpenEnum}.
 */
public final class ClusterNetworkPolicyTier extends OpenEnum {
  /** {@code Admin}: The policy is evaluated before namespaced NetworkPolicies. */
  public static final ClusterNetworkPolicyTier ADMIN = new ClusterNetworkPolicyTier("Admin", true);

  /**
   * {@code Baseline}: The policy is evaluated after namespaced NetworkPolicies, as a fallback.
   */
  public static final ClusterNetworkPolicyTier BASELINE = new ClusterNetworkPolicyTier("Baseline", true);

  private static final List<ClusterNetworkPolicyTier> KNOWN = List.of(ADMIN, BASELINE);

  private ClusterNetworkPolicyTier(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static ClusterNetworkPolicyTier of(String value) {
    for (ClusterNetworkPolicyTier known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new ClusterNetworkPolicyTier(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<ClusterNetworkPolicyTier> knownValues() {
    return KNOWN;
  }
}
