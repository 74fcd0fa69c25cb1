package dev.calicokit.model.netpol;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The verdict of a rule in the cluster's default-level policy from the Kubernetes network policy
 * API. Set in the action field of BaselineAdminNetworkPolicy spec.ingress and spec.egress rules. A
 * value this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class BaselineAdminNetworkPolicyRuleAction extends OpenEnum {
  /** {@code Allow}: Permits the matched traffic. */
  public static final BaselineAdminNetworkPolicyRuleAction ALLOW = new BaselineAdminNetworkPolicyRuleAction("Allow", true);

  /** {@code Deny}: Blocks the matched traffic. */
  public static final BaselineAdminNetworkPolicyRuleAction DENY = new BaselineAdminNetworkPolicyRuleAction("Deny", true);

  private static final List<BaselineAdminNetworkPolicyRuleAction> KNOWN = List.of(ALLOW, DENY);

  private BaselineAdminNetworkPolicyRuleAction(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BaselineAdminNetworkPolicyRuleAction of(String value) {
    for (BaselineAdminNetworkPolicyRuleAction known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BaselineAdminNetworkPolicyRuleAction(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BaselineAdminNetworkPolicyRuleAction> knownValues() {
    return KNOWN;
  }
}
