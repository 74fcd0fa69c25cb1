package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Where an address of a Calico node comes from, in Node spec.addresses. A value this library does not
 * know is kept as read; see {@link OpenEnum}.
 */
public final class NodeAddressType extends OpenEnum {
  /** {@code CalicoNodeIP}: the address calico-node detected or was given for the node. */
  public static final NodeAddressType CALICO_NODE_IP = new NodeAddressType("CalicoNodeIP", true);

  /** {@code InternalIP}: an internal address of the Kubernetes node. */
  public static final NodeAddressType INTERNAL_IP = new NodeAddressType("InternalIP", true);

  /** {@code ExternalIP}: an external address of the Kubernetes node. */
  public static final NodeAddressType EXTERNAL_IP = new NodeAddressType("ExternalIP", true);

  private static final List<NodeAddressType> KNOWN = List.of(CALICO_NODE_IP, INTERNAL_IP, EXTERNAL_IP);

  private NodeAddressType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a known value, or a new value kept as given. */
  @JsonCreator
  public static NodeAddressType of(String value) {
    for (NodeAddressType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new NodeAddressType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<NodeAddressType> knownValues() {
    return KNOWN;
  }
}
