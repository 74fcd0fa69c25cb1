package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class NextHopMode extends OpenEnum {
  /** {@code Auto}. */
  public static final NextHopMode AUTO = new NextHopMode("Auto", true);

  /** {@code Self}. */
  public static final NextHopMode SELF = new NextHopMode("Self", true);

  /** {@code Keep}. */
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
