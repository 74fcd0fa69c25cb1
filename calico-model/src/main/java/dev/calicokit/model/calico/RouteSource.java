package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The data Felix uses to work out which routes to program. Set in FelixConfiguration
 * spec.routeSource. A value this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class RouteSource extends OpenEnum {
  /** {@code WorkloadIPs}: Routes are built from the addresses of workload endpoints. */
  public static final RouteSource WORKLOAD_IPS = new RouteSource("WorkloadIPs", true);

  /** {@code CalicoIPAM}: Routes are built from Calico IPAM block assignments; the default. */
  public static final RouteSource CALICO_IPAM = new RouteSource("CalicoIPAM", true);

  private static final List<RouteSource> KNOWN = List.of(WORKLOAD_IPS, CALICO_IPAM);

  private RouteSource(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static RouteSource of(String value) {
    for (RouteSource known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (RouteSource known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new RouteSource(value, true);
      }
    }
    return new RouteSource(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<RouteSource> knownValues() {
    return KNOWN;
  }
}
