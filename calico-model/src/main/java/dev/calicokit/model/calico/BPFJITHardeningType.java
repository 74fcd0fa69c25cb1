package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Whether Felix may relax the kernel's BPF JIT hardening level for better performance. Set in
 * FelixConfiguration spec.bpfJITHardening. A value this library does not know is kept as read; see
 * {@link OpenEnum}.
 */
public final class BPFJITHardeningType extends OpenEnum {
  /**
   * {@code Auto}: Felix lowers the strictest hardening level to the lighter one when it finds it
   * set; the default.
   */
  public static final BPFJITHardeningType AUTO = new BPFJITHardeningType("Auto", true);

  /** {@code Strict}: Felix keeps whatever hardening level the kernel has. */
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
