package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class AssignIPs extends OpenEnum {
  /** {@code AllServices}. */
  public static final AssignIPs ALL_SERVICES = new AssignIPs("AllServices", true);

  /** {@code RequestedServicesOnly}. */
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
