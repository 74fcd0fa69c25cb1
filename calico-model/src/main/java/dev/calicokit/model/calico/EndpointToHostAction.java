package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * What Felix does with traffic from a workload to its own host after the workload's egress policy
 * has passed it. Set in FelixConfiguration spec.defaultEndpointToHostAction. A value this library
 * does not know is kept as read; see {@link OpenEnum}.
 */
public final class EndpointToHostAction extends OpenEnum {
  /** {@code Drop}: Blocks workload-to-host traffic; the default. */
  public static final EndpointToHostAction DROP = new EndpointToHostAction("Drop", true);

  /** {@code Accept}: Allows workload-to-host traffic without further checks. */
  public static final EndpointToHostAction ACCEPT = new EndpointToHostAction("Accept", true);

  /**
   * {@code Return}: Hands the packet back to the host INPUT chain so host endpoint policy and
   * other rules can decide.
   */
  public static final EndpointToHostAction RETURN = new EndpointToHostAction("Return", true);

  private static final List<EndpointToHostAction> KNOWN = List.of(DROP, ACCEPT, RETURN);

  private EndpointToHostAction(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static EndpointToHostAction of(String value) {
    for (EndpointToHostAction known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (EndpointToHostAction known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new EndpointToHostAction(value, true);
      }
    }
    return new EndpointToHostAction(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<EndpointToHostAction> knownValues() {
    return KNOWN;
  }
}
