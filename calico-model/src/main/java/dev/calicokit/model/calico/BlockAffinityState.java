package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Progress of a node's claim on an IPAM address block. Appears in BlockAffinity spec.state. A
 * value this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class BlockAffinityState extends OpenEnum {
  /** {@code ""}: No state recorded; accepted for compatibility with older data. */
  public static final BlockAffinityState EMPTY = new BlockAffinityState("", true);

  /** {@code confirmed}: The claim is complete and the node owns the block. */
  public static final BlockAffinityState CONFIRMED = new BlockAffinityState("confirmed", true);

  /**
   * {@code pending}: The node has started claiming the block but the claim is not yet final.
   */
  public static final BlockAffinityState PENDING = new BlockAffinityState("pending", true);

  /** {@code pendingDeletion}: The claim is being released and the affinity will be removed. */
  public static final BlockAffinityState PENDING_DELETION = new BlockAffinityState("pendingDeletion", true);

  private static final List<BlockAffinityState> KNOWN = List.of(EMPTY, CONFIRMED, PENDING, PENDING_DELETION);

  private BlockAffinityState(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BlockAffinityState of(String value) {
    for (BlockAffinityState known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BlockAffinityState(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BlockAffinityState> knownValues() {
    return KNOWN;
  }
}
