package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Whether Felix programs the dataplane with nftables instead of iptables. Set in
 * FelixConfiguration spec.nftablesMode. A value this library does not know is kept as read; see
 * {@link OpenEnum}.
 */
public final class NFTablesMode extends OpenEnum {
  /** {@code Disabled}: Felix uses iptables. */
  public static final NFTablesMode DISABLED = new NFTablesMode("Disabled", true);

  /** {@code Enabled}: Felix uses nftables. */
  public static final NFTablesMode ENABLED = new NFTablesMode("Enabled", true);

  /**
   * {@code Auto}: Felix picks nftables or iptables based on what it finds on the host; the default
   * in recent releases.
   */
  public static final NFTablesMode AUTO = new NFTablesMode("Auto", true);

  private static final List<NFTablesMode> KNOWN = List.of(DISABLED, ENABLED, AUTO);

  private NFTablesMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static NFTablesMode of(String value) {
    for (NFTablesMode known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new NFTablesMode(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<NFTablesMode> knownValues() {
    return KNOWN;
  }
}
