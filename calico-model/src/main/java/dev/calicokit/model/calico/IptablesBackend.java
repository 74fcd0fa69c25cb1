package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * Which flavour of the iptables tools Felix uses to program rules. Set in FelixConfiguration
 * spec.iptablesBackend. A value this library does not know is kept as read; see {@link OpenEnum}.
 */
public final class IptablesBackend extends OpenEnum {
  /** {@code Auto}: Felix detects the flavour already in use on the host; the default. */
  public static final IptablesBackend AUTO = new IptablesBackend("Auto", true);

  /** {@code Legacy}: Felix uses the classic iptables backend. */
  public static final IptablesBackend LEGACY = new IptablesBackend("Legacy", true);

  /** {@code NFT}: Felix uses the nftables-based iptables backend. */
  public static final IptablesBackend NFT = new IptablesBackend("NFT", true);

  private static final List<IptablesBackend> KNOWN = List.of(AUTO, LEGACY, NFT);

  private IptablesBackend(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given. Known values match without regard to case, as Calico reads them, and keep the case given.
   */
  @JsonCreator
  public static IptablesBackend of(String value) {
    for (IptablesBackend known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    for (IptablesBackend known : KNOWN) {
      if (known.value().equalsIgnoreCase(value)) {
        return new IptablesBackend(value, true);
      }
    }
    return new IptablesBackend(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<IptablesBackend> knownValues() {
    return KNOWN;
  }
}
