package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Whether Calico IPAM may pick an IP pool on its own or only when the pool is named. Set in IPPool
 * spec.assignmentMode. A value this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class AssignmentMode extends OpenEnum {
  /**
   * {@code Automatic}: IPAM may hand out addresses from this pool without being asked for it; the
   * default.
   */
  public static final AssignmentMode AUTOMATIC = new AssignmentMode("Automatic", true);

  /**
   * {@code Manual}: Addresses come from this pool only when a workload or Service asks for the
   * pool explicitly.
   */
  public static final AssignmentMode MANUAL = new AssignmentMode("Manual", true);

  private static final List<AssignmentMode> KNOWN = List.of(AUTOMATIC, MANUAL);

  private AssignmentMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static AssignmentMode of(String value) {
    for (AssignmentMode known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new AssignmentMode(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<AssignmentMode> knownValues() {
    return KNOWN;
  }
}
