package dev.calicokit.builders;

import java.util.List;
import java.util.Objects;

/**
 * One check of the options as a whole, with an id of its own ({@code options.ipip-with-vxlan}): a
 * contradiction, a value calico-node would refuse, or an option nothing would read. {@link OptionRules}
 * registers them all; {@link CalicoManifest.Builder#build()} applies them and lists every problem found.
 */
public final class OptionRule {
  /** What a rule looks at: the options as the renderer reads them; it adds one message per problem. */
  @FunctionalInterface
  interface Check {
    void check(OptionValues options, List<String> problems);
  }

  private final String id;
  private final String description;
  private final Check check;

  OptionRule(String id, String description, Check check) {
    this.id = Objects.requireNonNull(id);
    this.description = Objects.requireNonNull(description);
    this.check = Objects.requireNonNull(check);
  }

  /** The rule's id, for example {@code options.ipip-with-vxlan}. */
  public String id() {
    return id;
  }

  /** What the rule finds, in one line. */
  public String description() {
    return description;
  }

  /** The problems it finds in a set of options, each a message saying which and why; empty when none. */
  public List<String> problems(OptionValues options) {
    List<String> out = new java.util.ArrayList<>();
    check.check(options, out);
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return id;
  }
}
