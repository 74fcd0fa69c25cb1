package dev.calicokit.builders;

/** Where Calico keeps its data (the chart's {@code datastore} value). */
public enum Datastore {
  /** The Kubernetes API, through CRDs ({@code kubernetes}). */
  KUBERNETES("kubernetes"),
  /** An etcd cluster of its own ({@code etcd}). */
  ETCD("etcd");

  private final String value;

  Datastore(String value) {
    this.value = value;
  }

  /** The chart's spelling. */
  public String value() {
    return value;
  }

  /** The datastore of the chart's spelling. */
  public static Datastore parse(String s) {
    for (Datastore d : values()) {
      if (d.value.equalsIgnoreCase(s.trim())) {
        return d;
      }
    }
    throw new InvalidOptionsException("datastore must be kubernetes or etcd, not '" + s + "'");
  }
}
