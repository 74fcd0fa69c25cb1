package dev.calicokit.builders;

/** Who provides pod networking (the chart's {@code network} value). */
public enum Network {
  /** Calico itself: BGP with IP-in-IP, or VXLAN ({@code calico}). */
  CALICO("calico"),
  /** flannel, with Calico for policy: canal ({@code flannel}). */
  FLANNEL("flannel"),
  /** Nobody: Calico enforces policy only ({@code none}). */
  NONE("none");

  private final String value;

  Network(String value) {
    this.value = value;
  }

  /** The chart's spelling. */
  public String value() {
    return value;
  }

  /** The network of the chart's spelling. */
  public static Network parse(String s) {
    for (Network n : values()) {
      if (n.value.equalsIgnoreCase(s.trim())) {
        return n;
      }
    }
    throw new InvalidOptionsException("network must be calico, flannel or none, not '" + s + "'");
  }
}
