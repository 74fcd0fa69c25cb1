package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * When traffic between nodes for addresses in an IP pool is wrapped in a tunnel. Set in IPPool
 * spec.ipipMode and spec.vxlanMode, and in the legacy IPPool spec.ipip.mode. A value this library
 * does not know is kept as read; see {@link OpenEnum}.
 */
public final class EncapsulationMode extends OpenEnum {
  /** {@code Never}: Traffic is never encapsulated; the default for ipipMode and vxlanMode. */
  public static final EncapsulationMode NEVER = new EncapsulationMode("Never", true);

  /** {@code Always}: Traffic between nodes is always encapsulated. */
  public static final EncapsulationMode ALWAYS = new EncapsulationMode("Always", true);

  /**
   * {@code CrossSubnet}: Traffic is encapsulated only when the two nodes are on different subnets.
   */
  public static final EncapsulationMode CROSS_SUBNET = new EncapsulationMode("CrossSubnet", true);

  private static final List<EncapsulationMode> KNOWN = List.of(NEVER, ALWAYS, CROSS_SUBNET);

  private EncapsulationMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static EncapsulationMode of(String value) {
    for (EncapsulationMode known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new EncapsulationMode(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<EncapsulationMode> knownValues() {
    return KNOWN;
  }
}
