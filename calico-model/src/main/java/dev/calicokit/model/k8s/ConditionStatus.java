package dev.calicokit.model.k8s;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The truth value of a standard Kubernetes status condition. Appears in the status field of
 * entries in status.conditions of IPPool, Tier and the AdminNetworkPolicy,
 * BaselineAdminNetworkPolicy and ClusterNetworkPolicy resources. A value this library does not
 * know is kept as read; see {@link OpenEnum}.
 */
public final class ConditionStatus extends OpenEnum {
  /** {@code True}: The condition holds. */
  public static final ConditionStatus TRUE = new ConditionStatus("True", true);

  /** {@code False}: The condition does not hold. */
  public static final ConditionStatus FALSE = new ConditionStatus("False", true);

  /** {@code Unknown}: The controller cannot tell whether the condition holds. */
  public static final ConditionStatus UNKNOWN = new ConditionStatus("Unknown", true);

  private static final List<ConditionStatus> KNOWN = List.of(TRUE, FALSE, UNKNOWN);

  private ConditionStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static ConditionStatus of(String value) {
    for (ConditionStatus known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new ConditionStatus(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<ConditionStatus> knownValues() {
    return KNOWN;
  }
}
