package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Where Felix places the jump into its own rules in the built-in iptables chains (INPUT, FORWARD,
 * OUTPUT and the like). Set in FelixConfiguration spec.chainInsertMode. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class ChainInsertMode extends OpenEnum {
  /**
   * {@code Insert}: Puts the Calico jump at the top so no other rule can bypass Calico policy; the
   * default.
   */
  public static final ChainInsertMode INSERT = new ChainInsertMode("Insert", true);

  /** {@code Append}: Puts the Calico jump at the end so existing rules run first. */
  public static final ChainInsertMode APPEND = new ChainInsertMode("Append", true);

  private static final List<ChainInsertMode> KNOWN = List.of(INSERT, APPEND);

  private ChainInsertMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static ChainInsertMode of(String value) {
    for (ChainInsertMode known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (ChainInsertMode known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new ChainInsertMode(value, true);
      }
    }
    return new ChainInsertMode(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<ChainInsertMode> knownValues() {
    return KNOWN;
  }
}
