package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The outcome a BGPFilter rule applies to routes it matches. Set in the action field of the
 * importV4, exportV4, importV6 and exportV6 rules of BGPFilter spec. A value this library does not
 * know is kept as read; see {@link OpenEnum}.
 */
public final class BGPFilterAction extends OpenEnum {
  /** {@code Accept}: The matching route is imported or advertised. */
  public static final BGPFilterAction ACCEPT = new BGPFilterAction("Accept", true);

  /** {@code Reject}: The matching route is dropped instead of being imported or advertised. */
  public static final BGPFilterAction REJECT = new BGPFilterAction("Reject", true);

  private static final List<BGPFilterAction> KNOWN = List.of(ACCEPT, REJECT);

  private BGPFilterAction(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BGPFilterAction of(String value) {
    for (BGPFilterAction known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BGPFilterAction(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BGPFilterAction> knownValues() {
    return KNOWN;
  }
}
