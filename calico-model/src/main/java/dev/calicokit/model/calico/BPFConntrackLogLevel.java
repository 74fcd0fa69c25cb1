package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Verbosity of the eBPF program that cleans expired entries from the BPF connection tracking
 * table. Set in FelixConfiguration spec.bpfConntrackLogLevel. A value this library does not know
 * is kept as read; see {@link OpenEnum}.
 */
public final class BPFConntrackLogLevel extends OpenEnum {
  /** {@code Off}: The cleanup program writes no logs; the default. */
  public static final BPFConntrackLogLevel OFF = new BPFConntrackLogLevel("Off", true);

  /** {@code Debug}: The cleanup program writes detailed debug logs. */
  public static final BPFConntrackLogLevel DEBUG = new BPFConntrackLogLevel("Debug", true);

  private static final List<BPFConntrackLogLevel> KNOWN = List.of(OFF, DEBUG);

  private BPFConntrackLogLevel(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BPFConntrackLogLevel of(String value) {
    for (BPFConntrackLogLevel known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BPFConntrackLogLevel(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BPFConntrackLogLevel> knownValues() {
    return KNOWN;
  }
}
