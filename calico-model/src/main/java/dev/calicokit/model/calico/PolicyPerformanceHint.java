package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * An optimisation hint for Felix that never changes what a policy enforces. Set in
 * spec.performanceHints of NetworkPolicy, GlobalNetworkPolicy and their staged variants. A value
 * this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class PolicyPerformanceHint extends OpenEnum {
  /**
   * {@code AssumeNeededOnEveryNode}: Tells every node to load the policy ahead of time instead of
   * waiting for a matching local endpoint.
   */
  public static final PolicyPerformanceHint ASSUME_NEEDED_ON_EVERY_NODE = new PolicyPerformanceHint("AssumeNeededOnEveryNode", true);

  private static final List<PolicyPerformanceHint> KNOWN = List.of(ASSUME_NEEDED_ON_EVERY_NODE);

  private PolicyPerformanceHint(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static PolicyPerformanceHint of(String value) {
    for (PolicyPerformanceHint known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new PolicyPerformanceHint(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<PolicyPerformanceHint> knownValues() {
    return KNOWN;
  }
}
