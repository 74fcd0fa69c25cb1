package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Verbosity of the eBPF dataplane programs, whose output goes to the kernel trace pipe. Set in
 * FelixConfiguration spec.bpfLogLevel. A value this library does not know is kept as read; see
 * {@link OpenEnum}.
 */
public final class BPFLogLevel extends OpenEnum {
  /** {@code Off}: The BPF programs do not log; the default. */
  public static final BPFLogLevel OFF = new BPFLogLevel("Off", true);

  /** {@code Info}: The BPF programs log a moderate amount of information. */
  public static final BPFLogLevel INFO = new BPFLogLevel("Info", true);

  /**
   * {@code Debug}: The BPF programs log every step, which is slow and meant for troubleshooting.
   */
  public static final BPFLogLevel DEBUG = new BPFLogLevel("Debug", true);

  private static final List<BPFLogLevel> KNOWN = List.of(OFF, INFO, DEBUG);

  private BPFLogLevel(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static BPFLogLevel of(String value) {
    for (BPFLogLevel known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (BPFLogLevel known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new BPFLogLevel(value, true);
      }
    }
    return new BPFLogLevel(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BPFLogLevel> knownValues() {
    return KNOWN;
  }
}
