package dev.calicokit.builders;

import java.util.Arrays;
import java.util.stream.Collectors;

/** When the kubelet pulls an image, as a container's {@code imagePullPolicy} says. */
public enum PullPolicy {
  ALWAYS("Always"),
  IF_NOT_PRESENT("IfNotPresent"),
  NEVER("Never");

  private final String value;

  PullPolicy(String value) {
    this.value = value;
  }

  /** As Kubernetes writes it, for example {@code IfNotPresent}. */
  public String value() {
    return value;
  }

  /** The policy written as Kubernetes writes it; fails naming the three that exist. */
  public static PullPolicy parse(String text) {
    return Arrays.stream(values()).filter(p -> p.value.equals(text.trim())).findFirst()
        .orElseThrow(() -> new InvalidOptionsException("imagePullPolicy must be "
            + Arrays.stream(values()).map(PullPolicy::value).collect(Collectors.joining(", ")).replaceFirst(", (\\w+)$", " or $1")
            + ", not '" + text + "'"));
  }
}
