package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class IPPoolAllowedUse extends OpenEnum {
  /** {@code Workload}. */
  public static final IPPoolAllowedUse WORKLOAD = new IPPoolAllowedUse("Workload", true);

  /** {@code Tunnel}. */
  public static final IPPoolAllowedUse TUNNEL = new IPPoolAllowedUse("Tunnel", true);

  /** {@code LoadBalancer}. */
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
