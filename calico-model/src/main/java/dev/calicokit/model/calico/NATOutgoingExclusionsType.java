package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Which destinations are left untranslated when pods in a NAT-outgoing pool send traffic. Set in
 * FelixConfiguration spec.natOutgoingExclusions. A value this library does not know is kept as
 * read; see {@link OpenEnum}.
 */
public final class NATOutgoingExclusionsType extends OpenEnum {
  /** {@code IPPoolsOnly}: Only traffic to Calico IP pool addresses skips NAT; the default. */
  public static final NATOutgoingExclusionsType IPPOOLS_ONLY = new NATOutgoingExclusionsType("IPPoolsOnly", true);

  /**
   * {@code IPPoolsAndHostIPs}: Traffic to IP pool addresses and to host addresses both skip NAT.
   */
  public static final NATOutgoingExclusionsType IPPOOLS_AND_HOST_IPS = new NATOutgoingExclusionsType("IPPoolsAndHostIPs", true);

  private static final List<NATOutgoingExclusionsType> KNOWN = List.of(IPPOOLS_ONLY, IPPOOLS_AND_HOST_IPS);

  private NATOutgoingExclusionsType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static NATOutgoingExclusionsType of(String value) {
    for (NATOutgoingExclusionsType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new NATOutgoingExclusionsType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<NATOutgoingExclusionsType> knownValues() {
    return KNOWN;
  }
}
