package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * What change a staged policy previews against the enforced policy of the same name. Set in
 * spec.stagedAction of StagedNetworkPolicy, StagedGlobalNetworkPolicy and
 * StagedKubernetesNetworkPolicy. A value this library does not know is kept as read; see {@link
 * OpenEnum}.
 */
public final class StagedAction extends OpenEnum {
  /** {@code Set}: Previews creating or updating the enforced policy; the default. */
  public static final StagedAction SET = new StagedAction("Set", true);

  /** {@code Delete}: Previews removing the enforced policy. */
  public static final StagedAction DELETE = new StagedAction("Delete", true);

  /** {@code Learn}: Marks a policy being built by policy recommendation. */
  public static final StagedAction LEARN = new StagedAction("Learn", true);

  /** {@code Ignore}: The staged policy is kept but not evaluated. */
  public static final StagedAction IGNORE = new StagedAction("Ignore", true);

  private static final List<StagedAction> KNOWN = List.of(SET, DELETE, LEARN, IGNORE);

  private StagedAction(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static StagedAction of(String value) {
    for (StagedAction known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new StagedAction(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<StagedAction> knownValues() {
    return KNOWN;
  }
}
