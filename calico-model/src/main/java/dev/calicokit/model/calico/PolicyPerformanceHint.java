package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class PolicyPerformanceHint extends OpenEnum {
  /** {@code AssumeNeededOnEveryNode}. */
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
