package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * A traffic direction a policy governs. Set in spec.types of Calico NetworkPolicy,
 * GlobalNetworkPolicy and their staged variants, and in spec.policyTypes of
 * StagedKubernetesNetworkPolicy. A value this library does not know is kept as read; see {@link
 * OpenEnum}.
 */
public final class PolicyType extends OpenEnum {
  /** {@code Ingress}: The policy controls traffic arriving at the selected endpoints. */
  public static final PolicyType INGRESS = new PolicyType("Ingress", true);

  /** {@code Egress}: The policy controls traffic leaving the selected endpoints. */
  public static final PolicyType EGRESS = new PolicyType("Egress", true);

  private static final List<PolicyType> KNOWN = List.of(INGRESS, EGRESS);

  private PolicyType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static PolicyType of(String value) {
    for (PolicyType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new PolicyType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<PolicyType> knownValues() {
    return KNOWN;
  }
}
