package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * The values Calico accepts for this setting; unknown values are kept. A value this library does
 * not know is kept as read; see {@link OpenEnum}.
 */
public final class BGPFilterMatchSource extends OpenEnum {
  /** {@code RemotePeers}. */
  public static final BGPFilterMatchSource REMOTE_PEERS = new BGPFilterMatchSource("RemotePeers", true);

  private static final List<BGPFilterMatchSource> KNOWN = List.of(REMOTE_PEERS);

  private BGPFilterMatchSource(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static BGPFilterMatchSource of(String value) {
    for (BGPFilterMatchSource known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new BGPFilterMatchSource(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<BGPFilterMatchSource> knownValues() {
    return KNOWN;
  }
}
