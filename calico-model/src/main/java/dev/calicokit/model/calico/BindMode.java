package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Which local addresses the node's BGP daemon listens on for incoming sessions. Set in
 * BGPConfiguration spec.bindMode. A value this library does not know is kept as read; see {@link
 * OpenEnum}.
 */
public final class BindMode extends OpenEnum {
  /**
   * {@code None}: Listens on every address of the node; this is also the behaviour when unset.
   */
  public static final BindMode NONE = new BindMode("None", true);

  /** {@code NodeIP}: Listens only on the node's configured BGP address. */
  public static final BindMode NODE_IP = new BindMode("NodeIP", true);

  private static final List<BindMode> KNOWN = List.of(NONE, NODE_IP);

  private BindMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BindMode of(String value) {
    for (BindMode known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BindMode(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BindMode> knownValues() {
    return KNOWN;
  }
}
