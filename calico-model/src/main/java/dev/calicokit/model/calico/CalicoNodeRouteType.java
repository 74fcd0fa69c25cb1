package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Which routing table a reported route lives in. Appears in CalicoNodeStatus
 * status.routes.routesV4 and routesV6, field type. A value this library does not know is kept as
 * read; see {@link OpenEnum}.
 */
public final class CalicoNodeRouteType extends OpenEnum {
  /** {@code FIB}: The route is installed in the forwarding table and used for traffic. */
  public static final CalicoNodeRouteType FIB = new CalicoNodeRouteType("FIB", true);

  /** {@code RIB}: The route is known to the routing daemon but not installed for forwarding. */
  public static final CalicoNodeRouteType RIB = new CalicoNodeRouteType("RIB", true);

  private static final List<CalicoNodeRouteType> KNOWN = List.of(FIB, RIB);

  private CalicoNodeRouteType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static CalicoNodeRouteType of(String value) {
    for (CalicoNodeRouteType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new CalicoNodeRouteType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<CalicoNodeRouteType> knownValues() {
    return KNOWN;
  }
}
