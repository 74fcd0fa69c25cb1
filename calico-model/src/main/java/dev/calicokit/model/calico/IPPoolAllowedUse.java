package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * A purpose an IP pool may serve; a pool can list several. Set in IPPool spec.allowedUses. A value
 * this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class IPPoolAllowedUse extends OpenEnum {
  /** {@code Workload}: Addresses may be given to pods and other workloads. */
  public static final IPPoolAllowedUse WORKLOAD = new IPPoolAllowedUse("Workload", true);

  /**
   * {@code Tunnel}: Addresses may be given to the node tunnel devices used for IPIP, VXLAN or
   * WireGuard.
   */
  public static final IPPoolAllowedUse TUNNEL = new IPPoolAllowedUse("Tunnel", true);

  /**
   * {@code LoadBalancer}: Addresses may be assigned to LoadBalancer Services by kube-controllers.
   */
  public static final IPPoolAllowedUse LOAD_BALANCER = new IPPoolAllowedUse("LoadBalancer", true);

  private static final List<IPPoolAllowedUse> KNOWN = List.of(WORKLOAD, TUNNEL, LOAD_BALANCER);

  private IPPoolAllowedUse(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static IPPoolAllowedUse of(String value) {
    for (IPPoolAllowedUse known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new IPPoolAllowedUse(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<IPPoolAllowedUse> knownValues() {
    return KNOWN;
  }
}
