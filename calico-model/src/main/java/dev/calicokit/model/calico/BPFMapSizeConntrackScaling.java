package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Whether the eBPF conntrack map may grow on its own when it fills up. Set in FelixConfiguration
 * spec.bpfMapSizeConntrackScaling. A value this library does not know is kept as read; see {@link
 * OpenEnum}.
 */
public final class BPFMapSizeConntrackScaling extends OpenEnum {
  /** {@code Disabled}: The map keeps the configured size. */
  public static final BPFMapSizeConntrackScaling DISABLED = new BPFMapSizeConntrackScaling("Disabled", true);

  /**
   * {@code DoubleIfFull}: The map size is doubled when it remains close to full after cleanup; the
   * default.
   */
  public static final BPFMapSizeConntrackScaling DOUBLE_IF_FULL = new BPFMapSizeConntrackScaling("DoubleIfFull", true);

  private static final List<BPFMapSizeConntrackScaling> KNOWN = List.of(DISABLED, DOUBLE_IF_FULL);

  private BPFMapSizeConntrackScaling(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static BPFMapSizeConntrackScaling of(String value) {
    for (BPFMapSizeConntrackScaling known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (BPFMapSizeConntrackScaling known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new BPFMapSizeConntrackScaling(value, true);
      }
    }
    return new BPFMapSizeConntrackScaling(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BPFMapSizeConntrackScaling> knownValues() {
    return KNOWN;
  }
}
