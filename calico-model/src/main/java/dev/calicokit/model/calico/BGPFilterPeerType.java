package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class BGPFilterPeerType extends OpenEnum {
  /** {@code eBGP}. */
  public static final BGPFilterPeerType E_BGP = new BGPFilterPeerType("eBGP", true);

  /** {@code iBGP}. */
  public static final BGPFilterPeerType I_BGP = new BGPFilterPeerType("iBGP", true);

  private static final List<BGPFilterPeerType> KNOWN = List.of(E_BGP, I_BGP);

  private BGPFilterPeerType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BGPFilterPeerType of(String value) {
    for (BGPFilterPeerType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BGPFilterPeerType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BGPFilterPeerType> knownValues() {
    return KNOWN;
  }
}
