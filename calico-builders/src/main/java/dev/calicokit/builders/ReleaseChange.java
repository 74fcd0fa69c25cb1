package dev.calicokit.builders;

import dev.calicokit.model.style.CalicoStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing that differs between two manifests, as an operator reads a changelog: a document, a CRD
 * property, an env var, a volume or mount, an RBAC grant or an image, added, removed or changed.
 * {@link ReleaseChanges} computes them from two renders.
 */
@Value.Immutable
@CalicoStyle
public interface ReleaseChange extends WithReleaseChange {
  /** What changed. */
  enum Kind {
    DOCUMENT("document"),
    CRD_PROPERTY("CRD property"),
    ENV_VAR("env var"),
    VOLUME("volume"),
    VOLUME_MOUNT("volume mount"),
    RBAC_RULE("RBAC grant"),
    IMAGE("image");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** As the text output names it. */
    public String label() {
      return label;
    }
  }

  /** How it changed. */
  enum Action {
    ADDED("+"),
    REMOVED("-"),
    CHANGED("~");

    private final String sign;

    Action(String sign) {
      this.sign = sign;
    }

    /** The sign the text output puts before the change. */
    public String sign() {
      return sign;
    }
  }

  Kind kind();

  Action action();

  /**
   * Where, in words: {@code FelixConfiguration spec.logActionRateLimit},
   * {@code DaemonSet calico-node, container calico-node: FELIX_HEALTHENABLED},
   * {@code ClusterRole calico-node: create tiers.crd.projectcalico.org}.
   */
  String subject();

  /** The value before, for a change; empty for an addition and where a value says nothing more. */
  Optional<String> before();

  /** The value after, for a change; empty for a removal and where a value says nothing more. */
  Optional<String> after();

  /** One line: sign, kind, subject and, for a change, {@code before -> after}. */
  default String toText() {
    String values = action() == Action.CHANGED && before().isPresent() && after().isPresent()
        ? ": " + before().get() + " -> " + after().get() : "";
    return action().sign() + " " + kind().label() + " " + subject() + values;
  }

  static ReleaseChange of(Kind kind, Action action, String subject) {
    return ImmutableReleaseChange.builder().kind(kind).action(action).subject(subject).build();
  }

  static ReleaseChange changed(Kind kind, String subject, String before, String after) {
    return ImmutableReleaseChange.builder().kind(kind).action(Action.CHANGED).subject(subject)
        .before(before).after(after).build();
  }
}
