package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class ChainInsertMode extends OpenEnum {
  /** {@code Insert}. */
  public static final ChainInsertMode INSERT = new ChainInsertMode("Insert", true);

  /** {@code Append}. */
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
