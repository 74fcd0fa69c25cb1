package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Whether the eBPF dataplane may pass packets directly to the pod end of a workload's veth pair,
 * skipping the host side. Set in FelixConfiguration spec.bpfRedirectToPeer. A value this library
 * does not know is kept as read; see {@link OpenEnum}.
 */
public final class BPFRedirectToPeer extends OpenEnum {
  /**
   * {@code Enabled}: Direct redirection is used, which is faster but hides the traffic from
   * host-side captures; the default.
   */
  public static final BPFRedirectToPeer ENABLED = new BPFRedirectToPeer("Enabled", true);

  /** {@code Disabled}: Packets always go through the host side of the interface. */
  public static final BPFRedirectToPeer DISABLED = new BPFRedirectToPeer("Disabled", true);

  /** {@code L2Only}: Deprecated older value that Calico now handles the same as Enabled. */
  public static final BPFRedirectToPeer L2_ONLY = new BPFRedirectToPeer("L2Only", true);

  private static final List<BPFRedirectToPeer> KNOWN = List.of(ENABLED, DISABLED, L2_ONLY);

  private BPFRedirectToPeer(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BPFRedirectToPeer of(String value) {
    for (BPFRedirectToPeer known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BPFRedirectToPeer(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BPFRedirectToPeer> knownValues() {
    return KNOWN;
  }
}
