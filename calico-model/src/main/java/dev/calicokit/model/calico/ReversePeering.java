package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class ReversePeering extends OpenEnum {
  /** {@code Auto}. */
  public static final ReversePeering AUTO = new ReversePeering("Auto", true);

  /** {@code Manual}. */
  public static final ReversePeering MANUAL = new ReversePeering("Manual", true);

  private static final List<ReversePeering> KNOWN = List.of(AUTO, MANUAL);

  private ReversePeering(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static ReversePeering of(String value) {
    for (ReversePeering known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new ReversePeering(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<ReversePeering> knownValues() {
    return KNOWN;
  }
}
