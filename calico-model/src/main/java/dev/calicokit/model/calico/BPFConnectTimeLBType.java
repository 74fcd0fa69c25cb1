package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class BPFConnectTimeLBType extends OpenEnum {
  /** {@code TCP}. */
  public static final BPFConnectTimeLBType TCP = new BPFConnectTimeLBType("TCP", true);

  /** {@code Enabled}. */
  public static final BPFConnectTimeLBType ENABLED = new BPFConnectTimeLBType("Enabled", true);

  /** {@code Disabled}. */
  public static final BPFConnectTimeLBType DISABLED = new BPFConnectTimeLBType("Disabled", true);

  private static final List<BPFConnectTimeLBType> KNOWN = List.of(TCP, ENABLED, DISABLED);

  private BPFConnectTimeLBType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BPFConnectTimeLBType of(String value) {
    for (BPFConnectTimeLBType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BPFConnectTimeLBType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BPFConnectTimeLBType> knownValues() {
    return KNOWN;
  }
}
