package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * How Felix in eBPF mode hooks its programs onto network interfaces. Set in FelixConfiguration
 * spec.bpfAttachType. A value this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class BPFAttachOption extends OpenEnum {
  /** {@code TC}: Uses the older attachment through a tc qdisc. */
  public static final BPFAttachOption TC = new BPFAttachOption("TC", true);

  /**
   * {@code TCX}: Uses the newer TCX attachment, falling back to TC on kernels without it; the
   * default.
   */
  public static final BPFAttachOption TCX = new BPFAttachOption("TCX", true);

  private static final List<BPFAttachOption> KNOWN = List.of(TC, TCX);

  private BPFAttachOption(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BPFAttachOption of(String value) {
    for (BPFAttachOption known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BPFAttachOption(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BPFAttachOption> knownValues() {
    return KNOWN;
  }
}
