package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class CalicoNodeRouteSourceType extends OpenEnum {
  /** {@code Kernel}. */
  public static final CalicoNodeRouteSourceType KERNEL = new CalicoNodeRouteSourceType("Kernel", true);

  /** {@code Static}. */
  public static final CalicoNodeRouteSourceType STATIC = new CalicoNodeRouteSourceType("Static", true);

  /** {@code Direct}. */
  public static final CalicoNodeRouteSourceType DIRECT = new CalicoNodeRouteSourceType("Direct", true);

  /** {@code NodeMesh}. */
  public static final CalicoNodeRouteSourceType NODE_MESH = new CalicoNodeRouteSourceType("NodeMesh", true);

  /** {@code BGPPeer}. */
  public static final CalicoNodeRouteSourceType BGPPEER = new CalicoNodeRouteSourceType("BGPPeer", true);

  private static final List<CalicoNodeRouteSourceType> KNOWN = List.of(KERNEL, STATIC, DIRECT, NODE_MESH, BGPPEER);

  private CalicoNodeRouteSourceType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static CalicoNodeRouteSourceType of(String value) {
    for (CalicoNodeRouteSourceType known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new CalicoNodeRouteSourceType(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<CalicoNodeRouteSourceType> knownValues() {
    return KNOWN;
  }
}
