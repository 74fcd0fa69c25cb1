package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The dataplane verdict Felix uses when policy rejects a packet. Set in FelixConfiguration
 * spec.iptablesFilterDenyAction and spec.nftablesFilterDenyAction. A value this library does not
 * know is kept as read; see {@link OpenEnum}.
 */
public final class DenyAction extends OpenEnum {
  /** {@code Drop}: Discards the packet without telling the sender; the default. */
  public static final DenyAction DROP = new DenyAction("Drop", true);

  /** {@code Reject}: Discards the packet and sends an error back to the sender. */
  public static final DenyAction REJECT = new DenyAction("Reject", true);

  private static final List<DenyAction> KNOWN = List.of(DROP, REJECT);

  private DenyAction(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static DenyAction of(String value) {
    for (DenyAction known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (DenyAction known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new DenyAction(value, true);
      }
    }
    return new DenyAction(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<DenyAction> knownValues() {
    return KNOWN;
  }
}
