package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Finite state machine state of one BGP session as reported by the node's BGP daemon. Appears in
 * CalicoNodeStatus status.bgp.peersV4 and peersV6, field state. A value this library does not know
 * is kept as read; see {@link OpenEnum}.
 */
public final class BGPSessionState extends OpenEnum {
  /** {@code Idle}: The session is idle and not trying to connect. */
  public static final BGPSessionState IDLE = new BGPSessionState("Idle", true);

  /** {@code Connect}: The daemon is waiting for its outgoing TCP connection to complete. */
  public static final BGPSessionState CONNECT = new BGPSessionState("Connect", true);

  /** {@code Active}: The daemon is trying to set up a TCP connection with the peer. */
  public static final BGPSessionState ACTIVE = new BGPSessionState("Active", true);

  /** {@code OpenSent}: An OPEN message was sent and the daemon waits for the peer's OPEN. */
  public static final BGPSessionState OPEN_SENT = new BGPSessionState("OpenSent", true);

  /** {@code OpenConfirm}: OPEN messages were exchanged and the daemon waits for a keepalive. */
  public static final BGPSessionState OPEN_CONFIRM = new BGPSessionState("OpenConfirm", true);

  /** {@code Established}: The session is up and routes are being exchanged. */
  public static final BGPSessionState ESTABLISHED = new BGPSessionState("Established", true);

  /** {@code Close}: The session is being shut down. */
  public static final BGPSessionState CLOSE = new BGPSessionState("Close", true);

  private static final List<BGPSessionState> KNOWN = List.of(IDLE, CONNECT, ACTIVE, OPEN_SENT, OPEN_CONFIRM, ESTABLISHED, CLOSE);

  private BGPSessionState(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BGPSessionState of(String value) {
    for (BGPSessionState known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BGPSessionState(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BGPSessionState> knownValues() {
    return KNOWN;
  }
}
