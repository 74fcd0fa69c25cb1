package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class BGPSessionState extends OpenEnum {
  /** {@code Idle}. */
  public static final BGPSessionState IDLE = new BGPSessionState("Idle", true);

  /** {@code Connect}. */
  public static final BGPSessionState CONNECT = new BGPSessionState("Connect", true);

  /** {@code Active}. */
  public static final BGPSessionState ACTIVE = new BGPSessionState("Active", true);

  /** {@code OpenSent}. */
  public static final BGPSessionState OPEN_SENT = new BGPSessionState("OpenSent", true);

  /** {@code OpenConfirm}. */
  public static final BGPSessionState OPEN_CONFIRM = new BGPSessionState("OpenConfirm", true);

  /** {@code Established}. */
  public static final BGPSessionState ESTABLISHED = new BGPSessionState("Established", true);

  /** {@code Close}. */
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
