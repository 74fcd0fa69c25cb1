package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Reverse path filtering that the eBPF dataplane applies to traffic arriving on host interfaces,
 * in place of the kernel setting. Set in FelixConfiguration spec.bpfEnforceRPF. A value this
 * library does not know is kept as read; see {@link OpenEnum}.
 */
public final class BPFEnforceRPF extends OpenEnum {
  /** {@code Disabled}: No reverse path check is done by the BPF programs. */
  public static final BPFEnforceRPF DISABLED = new BPFEnforceRPF("Disabled", true);

  /**
   * {@code Strict}: Packets must arrive on the interface the host would use to route back to their
   * source.
   */
  public static final BPFEnforceRPF STRICT = new BPFEnforceRPF("Strict", true);

  /**
   * {@code Loose}: Packets are accepted if their source is routable through any interface; the
   * default.
   */
  public static final BPFEnforceRPF LOOSE = new BPFEnforceRPF("Loose", true);

  private static final List<BPFEnforceRPF> KNOWN = List.of(DISABLED, STRICT, LOOSE);

  private BPFEnforceRPF(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static BPFEnforceRPF of(String value) {
    for (BPFEnforceRPF known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (BPFEnforceRPF known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new BPFEnforceRPF(value, true);
      }
    }
    return new BPFEnforceRPF(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BPFEnforceRPF> knownValues() {
    return KNOWN;
  }
}
