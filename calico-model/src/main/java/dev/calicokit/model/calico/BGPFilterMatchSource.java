package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Restricts a BGPFilter rule to routes of a certain origin. Set in the source field of BGPFilter
 * spec import and export rules. A value this library does not know is kept as read; see {@link
 * OpenEnum}.
 */
public final class BGPFilterMatchSource extends OpenEnum {
  /**
   * {@code RemotePeers}: The rule only covers routes learned from other BGP peers, not those the
   * node originates itself.
   */
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
