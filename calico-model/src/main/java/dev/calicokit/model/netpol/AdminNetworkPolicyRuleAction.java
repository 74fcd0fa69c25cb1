package dev.calicokit.model.netpol;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class AdminNetworkPolicyRuleAction extends OpenEnum {
  /** {@code Allow}. */
  public static final AdminNetworkPolicyRuleAction ALLOW = new AdminNetworkPolicyRuleAction("Allow", true);

  /** {@code Deny}. */
  public static final AdminNetworkPolicyRuleAction DENY = new AdminNetworkPolicyRuleAction("Deny", true);

  /** {@code Pass}. */
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
