package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Whether pods may send traffic with source addresses other than their own, by listing allowed
 * prefixes in a pod annotation. Set in FelixConfiguration spec.workloadSourceSpoofing. A value
 * this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class WorkloadSourceSpoofing extends OpenEnum {
  /** {@code Disabled}: Pods may only use their own addresses as source; the default. */
  public static final WorkloadSourceSpoofing DISABLED = new WorkloadSourceSpoofing("Disabled", true);

  /** {@code Any}: Pods may request any source prefix through the annotation. */
  public static final WorkloadSourceSpoofing ANY = new WorkloadSourceSpoofing("Any", true);

  private static final List<WorkloadSourceSpoofing> KNOWN = List.of(DISABLED, ANY);

  private WorkloadSourceSpoofing(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static WorkloadSourceSpoofing of(String value) {
    for (WorkloadSourceSpoofing known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (WorkloadSourceSpoofing known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new WorkloadSourceSpoofing(value, true);
      }
    }
    return new WorkloadSourceSpoofing(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<WorkloadSourceSpoofing> knownValues() {
    return KNOWN;
  }
}
