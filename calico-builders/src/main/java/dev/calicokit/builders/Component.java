package dev.calicokit.builders;

/** The Calico images a manifest runs, named as the chart's top-level keys. */
public enum Component {
  /** calico/node, the per-node agent (chart key {@code node}). */
  NODE("node", "node"),
  /** calico/cni, the CNI plugin installer (chart key {@code cni}). */
  CNI("cni", "cni"),
  /** calico/kube-controllers (chart key {@code kubeControllers}). */
  KUBE_CONTROLLERS("kubeControllers", "kube-controllers"),
  /** calico/typha (chart key {@code typha}). */
  TYPHA("typha", "typha"),
  /** calico/webhooks, serving the v3 API admission webhooks (chart key {@code webhooks}). */
  WEBHOOKS("webhooks", "webhooks"),
  /** calico/pod2daemon-flexvol, the flex volume driver for the policy sync socket (v3.21; chart key {@code flexvol}). */
  FLEXVOL("flexvol", "pod2daemon-flexvol");

  private final String chartKey;
  private final String imageName;

  Component(String chartKey, String imageName) {
    this.chartKey = chartKey;
    this.imageName = imageName;
  }

  /** The chart's key for the component. */
  public String chartKey() {
    return chartKey;
  }

  /** The image name without registry, for example {@code kube-controllers}. */
  public String imageName() {
    return imageName;
  }
}
