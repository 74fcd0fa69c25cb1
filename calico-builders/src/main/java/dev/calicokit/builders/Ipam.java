package dev.calicokit.builders;

/** Which CNI IPAM plugin hands out pod addresses (the chart's {@code ipam} value). */
public enum Ipam {
  /** Calico's own IPAM, from IP pools ({@code calico-ipam}). */
  CALICO_IPAM("calico-ipam"),
  /** The node's pod CIDR, through the host-local plugin ({@code host-local}). */
  HOST_LOCAL("host-local");

  private final String value;

  Ipam(String value) {
    this.value = value;
  }

  /** The chart's spelling. */
  public String value() {
    return value;
  }

  /** The IPAM of the chart's spelling. */
  public static Ipam parse(String s) {
    for (Ipam i : values()) {
      if (i.value.equalsIgnoreCase(s.trim())) {
        return i;
      }
    }
    throw new InvalidOptionsException("ipam must be calico-ipam or host-local, not '" + s + "'");
  }
}
