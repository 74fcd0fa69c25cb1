package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class StagedAction extends OpenEnum {
  /** {@code Set}. */
  public static final StagedAction SET = new StagedAction("Set", true);

  /** {@code Delete}. */
  public static final StagedAction DELETE = new StagedAction("Delete", true);

  /** {@code Learn}. */
  public static final StagedAction LEARN = new StagedAction("Learn", true);

  /** {@code Ignore}. */
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
