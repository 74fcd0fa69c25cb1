package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Which LoadBalancer Services the kube-controllers load balancer controller gives addresses to.
 * Set in KubeControllersConfiguration spec.controllers.loadBalancer.assignIPs. A value this
 * library does not know is kept as read; see {@link OpenEnum}.
 */
public final class AssignIPs extends OpenEnum {
  /**
   * {@code AllServices}: Gives an address to every Service of type LoadBalancer; the default.
   */
  public static final AssignIPs ALL_SERVICES = new AssignIPs("AllServices", true);

  /**
   * {@code RequestedServicesOnly}: Gives addresses only to Services that explicitly request a
   * Calico IP pool or address.
   */
  public static final AssignIPs REQUESTED_SERVICES_ONLY = new AssignIPs("RequestedServicesOnly", true);

  private static final List<AssignIPs> KNOWN = List.of(ALL_SERVICES, REQUESTED_SERVICES_ONLY);

  private AssignIPs(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static AssignIPs of(String value) {
    for (AssignIPs known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new AssignIPs(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<AssignIPs> knownValues() {
    return KNOWN;
  }
}
