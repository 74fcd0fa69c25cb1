package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Tells how a BGP session reported for a node was configured. Appears in CalicoNodeStatus
 * status.bgp.peersV4 and peersV6, field type. A value this library does not know is kept as read;
 * see {@link OpenEnum}.
 */
public final class BGPPeerType extends OpenEnum {
  /** {@code NodeMesh}: The session belongs to the automatic node-to-node full mesh. */
  public static final BGPPeerType NODE_MESH = new BGPPeerType("NodeMesh", true);

  /** {@code NodePeer}: The session comes from a BGPPeer resource aimed at particular nodes. */
  public static final BGPPeerType NODE_PEER = new BGPPeerType("NodePeer", true);

  /**
   * {@code GlobalPeer}: The session comes from a BGPPeer resource that applies to all nodes.
   */
  public static final BGPPeerType GLOBAL_PEER = new BGPPeerType("GlobalPeer", true);

  private static final List<BGPPeerType> KNOWN = List.of(NODE_MESH, NODE_PEER, GLOBAL_PEER);

  private BGPPeerType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BGPPeerType of(String value) {
    for (BGPPeerType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BGPPeerType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BGPPeerType> knownValues() {
    return KNOWN;
  }
}
