package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class BindMode extends OpenEnum {
  /** {@code None}. */
  public static final BindMode NONE = new BindMode("None", true);

  /** {@code NodeIP}. */
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
