package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class AssignmentMode extends OpenEnum {
  /** {@code Automatic}. */
  public static final AssignmentMode AUTOMATIC = new AssignmentMode("Automatic", true);

  /** {@code Manual}. */
  public static final AssignmentMode MANUAL = new AssignmentMode("Manual", true);

  private static final List<AssignmentMode> KNOWN = List.of(AUTOMATIC, MANUAL);

  private AssignmentMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static AssignmentMode of(String value) {
    for (AssignmentMode known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new AssignmentMode(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<AssignmentMode> knownValues() {
    return KNOWN;
  }
}
