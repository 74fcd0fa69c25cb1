package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class BPFJITHardeningType extends OpenEnum {
  /** {@code Auto}. */
  public static final BPFJITHardeningType AUTO = new BPFJITHardeningType("Auto", true);

  /** {@code Strict}. */
  public static final BPFJITHardeningType STRICT = new BPFJITHardeningType("Strict", true);

  private static final List<BPFJITHardeningType> KNOWN = List.of(AUTO, STRICT);

  private BPFJITHardeningType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BPFJITHardeningType of(String value) {
    for (BPFJITHardeningType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BPFJITHardeningType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BPFJITHardeningType> knownValues() {
    return KNOWN;
  }
}
