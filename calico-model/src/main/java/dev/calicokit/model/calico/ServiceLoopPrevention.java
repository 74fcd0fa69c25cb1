package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * What Felix does with packets sent to advertised service addresses that no Service uses, to stop
 * them looping between routers. Set in FelixConfiguration spec.serviceLoopPrevention. A value this
 * library does not know is kept as read; see {@link OpenEnum}.
 */
public final class ServiceLoopPrevention extends OpenEnum {
  /** {@code Drop}: Silently discards such packets; the default. */
  public static final ServiceLoopPrevention DROP = new ServiceLoopPrevention("Drop", true);

  /** {@code Reject}: Discards such packets and tells the sender. */
  public static final ServiceLoopPrevention REJECT = new ServiceLoopPrevention("Reject", true);

  /** {@code Disabled}: Applies no loop protection. */
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
