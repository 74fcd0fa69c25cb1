package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * A category of information that a CalicoNodeStatus object asks the node to report. Set in
 * CalicoNodeStatus spec.classes. A value this library does not know is kept as read; see {@link
 * OpenEnum}.
 */
public final class NodeStatusClassType extends OpenEnum {
  /** {@code Agent}: Reports the state of the node's BGP daemons. */
  public static final NodeStatusClassType AGENT = new NodeStatusClassType("Agent", true);

  /** {@code BGP}: Reports the node's BGP sessions. */
  public static final NodeStatusClassType BGP = new NodeStatusClassType("BGP", true);

  /** {@code Routes}: Reports the routes known to the node. */
  public static final NodeStatusClassType ROUTES = new NodeStatusClassType("Routes", true);

  private static final List<NodeStatusClassType> KNOWN = List.of(AGENT, BGP, ROUTES);

  private NodeStatusClassType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static NodeStatusClassType of(String value) {
    for (NodeStatusClassType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new NodeStatusClassType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<NodeStatusClassType> knownValues() {
    return KNOWN;
  }
}
