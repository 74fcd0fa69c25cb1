package dev.calicokit.model.calico;

import java.util.Objects;

/**
 * What Calico accepts for the encapsulation of one IP pool, wherever the modes come from: the builder's
 * options, an IPPool resource, or the {@code CALICO_IPV4POOL_IPIP} and {@code CALICO_IPV4POOL_VXLAN}
 * variables from which calico-node creates its default pool. libcalico-go's validator refuses a pool
 * that encapsulates with IP-in-IP and VXLAN at once (and calico-node then stops at start-up).
 */
public final class PoolEncapsulation {
  private PoolEncapsulation() {}

  /** Whether a pool with both modes is refused: neither is {@code Never}. */
  public static boolean conflicts(EncapsulationMode ipip, EncapsulationMode vxlan) {
    return !EncapsulationMode.NEVER.equals(Objects.requireNonNull(ipip, "ipip"))
        && !EncapsulationMode.NEVER.equals(Objects.requireNonNull(vxlan, "vxlan"));
  }
}
