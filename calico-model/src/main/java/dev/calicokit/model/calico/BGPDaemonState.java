package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Health of a BIRD routing daemon on a node as reported by Calico. Appears in CalicoNodeStatus
 * status.agent.birdV4.state and birdV6.state. A value this library does not know is kept as read;
 * see {@link OpenEnum}.
 */
public final class BGPDaemonState extends OpenEnum {
  /** {@code Ready}: The BGP daemon is running and ready. */
  public static final BGPDaemonState READY = new BGPDaemonState("Ready", true);

  /** {@code NotReady}: The BGP daemon is down or not yet ready. */
  public static final BGPDaemonState NOT_READY = new BGPDaemonState("NotReady", true);

  private static final List<BGPDaemonState> KNOWN = List.of(READY, NOT_READY);

  private BGPDaemonState(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BGPDaemonState of(String value) {
    for (BGPDaemonState known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BGPDaemonState(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BGPDaemonState> knownValues() {
    return KNOWN;
  }
}
