package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class SourceAddress extends OpenEnum {
  /** {@code UseNodeIP}. */
  public static final SourceAddress USE_NODE_IP = new SourceAddress("UseNodeIP", true);

  /** {@code None}. */
  public static final SourceAddress NONE = new SourceAddress("None", true);

  private static final List<SourceAddress> KNOWN = List.of(USE_NODE_IP, NONE);

  private SourceAddress(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static SourceAddress of(String value) {
    for (SourceAddress known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new SourceAddress(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<SourceAddress> knownValues() {
    return KNOWN;
  }
}
