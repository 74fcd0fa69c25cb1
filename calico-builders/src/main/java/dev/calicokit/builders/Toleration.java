package dev.calicokit.builders;

import dev.calicokit.model.internal.CalicoStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A pod toleration to add to calico-node, as Kubernetes writes it. */
@Value.Immutable
@CalicoStyle
public interface Toleration {
  /** The taint key; empty with operator Exists tolerates every taint. */
  Optional<String> key();

  /** {@code Exists} or {@code Equal}. */
  @Value.Default
  default String operator() {
    return "Exists";
  }

  /** The taint value, for operator Equal. */
  Optional<String> value();

  /** {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}; empty means every effect. */
  Optional<String> effect();

  /** A toleration of every taint with this key. */
  static Toleration exists(String key) {
    return ImmutableToleration.builder().key(key).build();
  }
}
