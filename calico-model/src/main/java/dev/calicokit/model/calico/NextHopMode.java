package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * How the next hop of routes advertised to a BGP peer is chosen. Set in BGPPeer spec.nextHopMode.
 * A value this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class NextHopMode extends OpenEnum {
  /** {@code Auto}: Follows normal BGP rules for the next hop. */
  public static final NextHopMode AUTO = new NextHopMode("Auto", true);

  /** {@code Self}: Always sets the next hop to the node's own address. */
  public static final NextHopMode SELF = new NextHopMode("Self", true);

  /** {@code Keep}: Passes the next hop on unchanged. */
  public static final NextHopMode KEEP = new NextHopMode("Keep", true);

  private static final List<NextHopMode> KNOWN = List.of(AUTO, SELF, KEEP);

  private NextHopMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static NextHopMode of(String value) {
    for (NextHopMode known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new NextHopMode(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<NextHopMode> knownValues() {
    return KNOWN;
  }
}
