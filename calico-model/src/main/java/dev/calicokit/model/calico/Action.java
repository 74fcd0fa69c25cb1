package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;

/**
 * What a Calico policy rule does with the traffic it matches. Used in the action field of ingress
 * and egress rules of NetworkPolicy, GlobalNetworkPolicy and their staged variants, and (limited
 * to Pass or Deny) in Tier spec.defaultAction. A value this library does not know is kept as read;
 * see {@link OpenEnum}.
 */
public final class Action extends OpenEnum {
  /** {@code Allow}: Lets the matched traffic through and stops policy evaluation. */
  public static final Action ALLOW = new Action("Allow", true);

  /** {@code Deny}: Drops the matched traffic and stops policy evaluation. */
  public static final Action DENY = new Action("Deny", true);

  /**
   * {@code Log}: Records the matched packet in the kernel log and continues with the next rule.
   */
  public static final Action LOG = new Action("Log", true);

  /**
   * {@code Pass}: Stops evaluating the current tier and hands the decision to the next tier.
   */
  public static final Action PASS = new Action("Pass", true);

  private static final List<Action> KNOWN = List.of(ALLOW, DENY, LOG, PASS);

  private Action(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or a new value kept as given.
   */
  @JsonCreator
  public static Action of(String value) {
    for (Action known : KNOWN) {
      if (known.value().equals(value)) {
        return known;
      }
    }
    return new Action(value, false);
  }

  /** Every value this version of the library knows. */
  public static List<Action> knownValues() {
    return KNOWN;
  }
}
