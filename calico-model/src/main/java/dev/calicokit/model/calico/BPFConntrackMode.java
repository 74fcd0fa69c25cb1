package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Which mechanism Felix uses to clear expired entries from the eBPF conntrack table. Set in
 * FelixConfiguration spec.bpfConntrackMode. A value this library does not know is kept as read;
 * see {@link OpenEnum}.
 */
public final class BPFConntrackMode extends OpenEnum {
  /** {@code Auto}: Uses a BPF program if the kernel can run it and userspace code otherwise. */
  public static final BPFConntrackMode AUTO = new BPFConntrackMode("Auto", true);

  /** {@code Userspace}: Always cleans up in Felix's own userspace code. */
  public static final BPFConntrackMode USERSPACE = new BPFConntrackMode("Userspace", true);

  /**
   * {@code BPFProgram}: Always uses the BPF cleanup program and fails when the kernel lacks
   * support.
   */
  public static final BPFConntrackMode BPFPROGRAM = new BPFConntrackMode("BPFProgram", true);

  private static final List<BPFConntrackMode> KNOWN = List.of(AUTO, USERSPACE, BPFPROGRAM);

  private BPFConntrackMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BPFConntrackMode of(String value) {
    for (BPFConntrackMode known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BPFConntrackMode(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BPFConntrackMode> knownValues() {
    return KNOWN;
  }
}
