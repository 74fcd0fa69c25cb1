package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * How the eBPF dataplane forwards traffic from outside the cluster to NodePorts and service IPs
 * whose backend is on another node. Set in FelixConfiguration spec.bpfExternalServiceMode. A value
 * this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class BPFExternalServiceMode extends OpenEnum {
  /**
   * {@code Tunnel}: Forwards to the backend node through a tunnel and sends replies back through
   * the ingress node; the default.
   */
  public static final BPFExternalServiceMode TUNNEL = new BPFExternalServiceMode("Tunnel", true);

  /**
   * {@code DSR}: Lets the backend node answer the client directly, which needs an underlying
   * network that permits it.
   */
  public static final BPFExternalServiceMode DSR = new BPFExternalServiceMode("DSR", true);

  private static final List<BPFExternalServiceMode> KNOWN = List.of(TUNNEL, DSR);

  private BPFExternalServiceMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static BPFExternalServiceMode of(String value) {
    for (BPFExternalServiceMode known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (BPFExternalServiceMode known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new BPFExternalServiceMode(value, true);
      }
    }
    return new BPFExternalServiceMode(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BPFExternalServiceMode> knownValues() {
    return KNOWN;
  }
}
