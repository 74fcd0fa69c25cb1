package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The origin of a route reported for a node. Appears in CalicoNodeStatus status.routes.routesV4
 * and routesV6, field learnedFrom.sourceType. A value this library does not know is kept as read;
 * see {@link OpenEnum}.
 */
public final class CalicoNodeRouteSourceType extends OpenEnum {
  /** {@code Kernel}: The route was taken from the kernel routing table. */
  public static final CalicoNodeRouteSourceType KERNEL = new CalicoNodeRouteSourceType("Kernel", true);

  /** {@code Static}: The route is a static route configured in the BGP daemon. */
  public static final CalicoNodeRouteSourceType STATIC = new CalicoNodeRouteSourceType("Static", true);

  /** {@code Direct}: The route covers a network directly attached to an interface. */
  public static final CalicoNodeRouteSourceType DIRECT = new CalicoNodeRouteSourceType("Direct", true);

  /** {@code NodeMesh}: The route was learned from a peer in the node-to-node mesh. */
  public static final CalicoNodeRouteSourceType NODE_MESH = new CalicoNodeRouteSourceType("NodeMesh", true);

  /** {@code BGPPeer}: The route was learned from a peer defined by a BGPPeer resource. */
  public static final CalicoNodeRouteSourceType BGPPEER = new CalicoNodeRouteSourceType("BGPPeer", true);

  private static final List<CalicoNodeRouteSourceType> KNOWN = List.of(KERNEL, STATIC, DIRECT, NODE_MESH, BGPPEER);

  private CalicoNodeRouteSourceType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static CalicoNodeRouteSourceType of(String value) {
    for (CalicoNodeRouteSourceType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new CalicoNodeRouteSourceType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<CalicoNodeRouteSourceType> knownValues() {
    return KNOWN;
  }
}
