package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Whether Felix in eBPF mode installs the connect-time load balancer that resolves service
 * addresses at socket connect time. Set in FelixConfiguration spec.bpfConnectTimeLoadBalancing. A
 * value this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class BPFConnectTimeLBType extends OpenEnum {
  /**
   * {@code TCP}: Connect-time load balancing is used only for TCP service ports; the default.
   */
  public static final BPFConnectTimeLBType TCP = new BPFConnectTimeLBType("TCP", true);

  /** {@code Enabled}: Connect-time load balancing is used for all supported protocols. */
  public static final BPFConnectTimeLBType ENABLED = new BPFConnectTimeLBType("Enabled", true);

  /** {@code Disabled}: Connect-time load balancing is not installed at all. */
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
