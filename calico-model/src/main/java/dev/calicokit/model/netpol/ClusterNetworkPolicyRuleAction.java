package dev.calicokit.model.netpol;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The verdict of a rule in a ClusterNetworkPolicy from the Kubernetes network policy API. Set in
 * the action field of ClusterNetworkPolicy spec.ingress and spec.egress rules. A value this
 * library does not know is kept as read; see {@link OpenEnum}.
 */
public final class ClusterNetworkPolicyRuleAction extends OpenEnum {
  /** {@code Accept}: Permits the matched traffic and ends evaluation. */
  public static final ClusterNetworkPolicyRuleAction ACCEPT = new ClusterNetworkPolicyRuleAction("Accept", true);

  /** {@code Deny}: Blocks the matched traffic and ends evaluation. */
  public static final ClusterNetworkPolicyRuleAction DENY = new ClusterNetworkPolicyRuleAction("Deny", true);

  /** {@code Pass}: Skips the rest of the current tier and moves on to the next one. */
  public static final ClusterNetworkPolicyRuleAction PASS = new ClusterNetworkPolicyRuleAction("Pass", true);

  private static final List<ClusterNetworkPolicyRuleAction> KNOWN = List.of(ACCEPT, DENY, PASS);

  private ClusterNetworkPolicyRuleAction(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static ClusterNetworkPolicyRuleAction of(String value) {
    for (ClusterNetworkPolicyRuleAction known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new ClusterNetworkPolicyRuleAction(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<ClusterNetworkPolicyRuleAction> knownValues() {
    return KNOWN;
  }
}
