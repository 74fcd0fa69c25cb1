package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * A generic on or off switch used by many Calico settings, for example FelixConfiguration
 * spec.ipForwarding, BGPConfiguration spec.serviceLoadBalancerAggregation, IPAMConfiguration
 * spec.kubeVirtVMAddressPersistence and several KubeControllersConfiguration controller options.
 * The default depends on the field. A value this library does not know is kept as read; see {@link
 * OpenEnum}.
 */
public final class EnabledState extends OpenEnum {
  /** {@code Enabled}: Turns the feature on. */
  public static final EnabledState ENABLED = new EnabledState("Enabled", true);

  /** {@code Disabled}: Turns the feature off. */
  public static final EnabledState DISABLED = new EnabledState("Disabled", true);

  private static final List<EnabledState> KNOWN = List.of(ENABLED, DISABLED);

  private EnabledState(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static EnabledState of(String value) {
    for (EnabledState known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new EnabledState(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<EnabledState> knownValues() {
    return KNOWN;
  }
}
