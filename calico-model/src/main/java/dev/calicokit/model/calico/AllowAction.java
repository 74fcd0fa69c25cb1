package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The dataplane verdict Felix uses once policy has accepted a packet in its iptables or nftables
 * chains. Set in FelixConfiguration spec.iptablesFilterAllowAction, iptablesMangleAllowAction,
 * nftablesFilterAllowAction and nftablesMangleAllowAction. A value this library does not know is
 * kept as read; see {@link OpenEnum}.
 */
public final class AllowAction extends OpenEnum {
  /**
   * {@code Accept}: Accepts the packet immediately so no later rules in that table see it; the
   * default.
   */
  public static final AllowAction ACCEPT = new AllowAction("Accept", true);

  /**
   * {@code Return}: Returns to the calling chain so that rules placed after the Calico ones can
   * still act on the packet.
   */
  public static final AllowAction RETURN = new AllowAction("Return", true);

  private static final List<AllowAction> KNOWN = List.of(ACCEPT, RETURN);

  private AllowAction(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static AllowAction of(String value) {
    for (AllowAction known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (AllowAction known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new AllowAction(value, true);
      }
    }
    return new AllowAction(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<AllowAction> knownValues() {
    return KNOWN;
  }
}
