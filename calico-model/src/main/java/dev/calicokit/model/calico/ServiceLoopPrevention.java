package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class ServiceLoopPrevention extends OpenEnum {
  /** {@code Drop}. */
  public static final ServiceLoopPrevention DROP = new ServiceLoopPrevention("Drop", true);

  /** {@code Reject}. */
  public static final ServiceLoopPrevention REJECT = new ServiceLoopPrevention("Reject", true);

  /** {@code Disabled}. */
  public static final ServiceLoopPrevention DISABLED = new ServiceLoopPrevention("Disabled", true);

  private static final List<ServiceLoopPrevention> KNOWN = List.of(DROP, REJECT, DISABLED);

  private ServiceLoopPrevention(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static ServiceLoopPrevention of(String value) {
    for (ServiceLoopPrevention known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (ServiceLoopPrevention known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new ServiceLoopPrevention(value, true);
      }
    }
    return new ServiceLoopPrevention(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<ServiceLoopPrevention> knownValues() {
    return KNOWN;
  }
}
