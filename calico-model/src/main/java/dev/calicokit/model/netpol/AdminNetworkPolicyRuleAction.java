package dev.calicokit.model.netpol;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The verdict of a rule in an AdminNetworkPolicy from the Kubernetes network policy API. Set in
 * the action field of AdminNetworkPolicy spec.ingress and spec.egress rules. A value this library
 * does not know is kept as read; see {@link OpenEnum}.
 */
public final class AdminNetworkPolicyRuleAction extends OpenEnum {
  /** {@code Allow}: Permits the matched traffic regardless of lower-level policies. */
  public static final AdminNetworkPolicyRuleAction ALLOW = new AdminNetworkPolicyRuleAction("Allow", true);

  /** {@code Deny}: Blocks the matched traffic regardless of lower-level policies. */
  public static final AdminNetworkPolicyRuleAction DENY = new AdminNetworkPolicyRuleAction("Deny", true);

  /**
   * {@code Pass}: Skips the remaining admin rules and lets NetworkPolicies and then the baseline
   * policy decide.
   */
  public static final AdminNetworkPolicyRuleAction PASS = new AdminNetworkPolicyRuleAction("Pass", true);

  private static final List<AdminNetworkPolicyRuleAction> KNOWN = List.of(ALLOW, DENY, PASS);

  private AdminNetworkPolicyRuleAction(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static AdminNetworkPolicyRuleAction of(String value) {
    for (AdminNetworkPolicyRuleAction known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new AdminNetworkPolicyRuleAction(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<AdminNetworkPolicyRuleAction> knownValues() {
    return KNOWN;
  }
}
