package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * For a BGPPeer that connects two Calico nodes, whether the matching session in the other
 * direction is created for you. Set in BGPPeer spec.reversePeering. A value this library does not
 * know is kept as read; see {@link OpenEnum}.
 */
public final class ReversePeering extends OpenEnum {
  /** {@code Auto}: Calico sets up the reverse session on its own; the default. */
  public static final ReversePeering AUTO = new ReversePeering("Auto", true);

  /** {@code Manual}: The reverse session needs its own BGPPeer resource. */
  public static final ReversePeering MANUAL = new ReversePeering("Manual", true);

  private static final List<ReversePeering> KNOWN = List.of(AUTO, MANUAL);

  private ReversePeering(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static ReversePeering of(String value) {
    for (ReversePeering known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new ReversePeering(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<ReversePeering> knownValues() {
    return KNOWN;
  }
}
