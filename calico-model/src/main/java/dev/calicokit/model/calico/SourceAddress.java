package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Which local address the node uses as the source of BGP sessions to a peer. Set in BGPPeer
 * spec.sourceAddress. A value this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class SourceAddress extends OpenEnum {
  /** {@code UseNodeIP}: Uses the node's own IP as the session source; the default. */
  public static final SourceAddress USE_NODE_IP = new SourceAddress("UseNodeIP", true);

  /** {@code None}: Lets the operating system pick the source address. */
  public static final SourceAddress NONE = new SourceAddress("None", true);

  private static final List<SourceAddress> KNOWN = List.of(USE_NODE_IP, NONE);

  private SourceAddress(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static SourceAddress of(String value) {
    for (SourceAddress known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new SourceAddress(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<SourceAddress> knownValues() {
    return KNOWN;
  }
}
