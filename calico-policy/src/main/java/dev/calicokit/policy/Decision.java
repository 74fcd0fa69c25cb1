package dev.calicokit.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What decided one direction of a connection (egress at the source, ingress at the destination): a
 * policy's rule, the end of a tier, a profile, or the absence of an endpoint to enforce anything.
 */
public final class Decision {
  /** The kinds of deciders. */
  public enum Reason {
    /** A rule of a policy (or of a profile) matched: its action decided. */
    RULE,
    /** Policies of a tier selected the endpoint, none decided, and the tier's default action is Deny. */
    END_OF_TIER,
    /** No policy decided; a profile's rule did (the Kubernetes namespace profile allows everything). */
    PROFILE,
    /** No policy and no profile allowed: Felix drops what no profile accepts. */
    NO_PROFILE_MATCHED,
    /** The side is not a Calico endpoint (an address outside the cluster): nothing is enforced there. */
    NOT_AN_ENDPOINT
  }

  private final Reason reason;
  private final boolean allows;
  private final String tier;
  private final String policy;
  private final int ruleIndex;
  private final String action;

  Decision(Reason reason, boolean allows, String tier, String policy, int ruleIndex, String action) {
    this.reason = Objects.requireNonNull(reason);
    this.allows = allows;
    this.tier = tier;
    this.policy = policy;
    this.ruleIndex = ruleIndex;
    this.action = action;
  }

  /** What kind of thing decided. */
  public Reason reason() {
    return reason;
  }

  /** Whether this direction lets the connection through. */
  public boolean allows() {
    return allows;
  }

  /** The tier, for a policy rule or the end of a tier. */
  public Optional<String> tier() {
    return Optional.ofNullable(tier);
  }

  /** The policy ({@code Kind ns/name} or {@code Kind name}) or profile whose rule decided. */
  public Optional<String> policy() {
    return Optional.ofNullable(policy);
  }

  /** The index of the rule that decided, from 0, in the policy's ingress or egress list. */
  public OptionalInt ruleIndex() {
    return ruleIndex < 0 ? OptionalInt.empty() : OptionalInt.of(ruleIndex);
  }

  /** The action of the deciding rule ({@code Allow}, {@code Deny}), or the tier's default. */
  public Optional<String> action() {
    return Optional.ofNullable(action);
  }

  /** One line: who decided and how. */
  public String describe() {
    switch (reason) {
      case RULE:
        return action + " by " + policy + " rule " + ruleIndex + (tier == null ? "" : " (tier " + tier + ")");
      case END_OF_TIER:
        return "Deny at the end of tier " + tier + ": its policies select the endpoint and none allowed";
      case PROFILE:
        return action + " by profile " + policy + (ruleIndex >= 0 ? " rule " + ruleIndex : "");
      case NO_PROFILE_MATCHED:
        return "Deny: no policy decided and no profile allowed";
      default:
        return "Allow: not a Calico endpoint, nothing enforced";
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Decision)) {
      return false;
    }
    Decision d = (Decision) o;
    return reason == d.reason && allows == d.allows && Objects.equals(tier, d.tier) && Objects.equals(policy, d.policy)
        && ruleIndex == d.ruleIndex && Objects.equals(action, d.action);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, allows, tier, policy, ruleIndex, action);
  }

  @Override
  public String toString() {
    return describe();
  }
}
