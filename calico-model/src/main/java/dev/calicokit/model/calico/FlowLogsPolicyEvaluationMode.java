package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Whether Felix keeps checking live flows against current policy for flow log reporting. Set in
 * FelixConfiguration spec.flowLogsPolicyEvaluationMode. A value this library does not know is kept
 * as read; see {@link OpenEnum}.
 */
public final class FlowLogsPolicyEvaluationMode extends OpenEnum {
  /**
   * {@code None}: Felix does not re-evaluate flows, so policy changes are not reflected in pending
   * traces.
   */
  public static final FlowLogsPolicyEvaluationMode NONE = new FlowLogsPolicyEvaluationMode("None", true);

  /**
   * {@code Continuous}: Felix regularly re-evaluates active flows so flow logs show the effect of
   * policy changes; the default.
   */
  public static final FlowLogsPolicyEvaluationMode CONTINUOUS = new FlowLogsPolicyEvaluationMode("Continuous", true);

  private static final List<FlowLogsPolicyEvaluationMode> KNOWN = List.of(NONE, CONTINUOUS);

  private FlowLogsPolicyEvaluationMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static FlowLogsPolicyEvaluationMode of(String value) {
    for (FlowLogsPolicyEvaluationMode known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new FlowLogsPolicyEvaluationMode(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<FlowLogsPolicyEvaluationMode> knownValues() {
    return KNOWN;
  }
}
