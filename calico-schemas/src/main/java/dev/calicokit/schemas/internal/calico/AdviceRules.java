package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.calico.Action;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.selector.SelectorSyntaxException;
import dev.calicokit.model.values.Selector;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings about resources that Calico accepts but that rarely do what their author meant: a selector
 * no label set satisfies ({@code calico.selector.unsatisfiable}) and a policy whose only rules are
 * {@code Log} ({@code calico.policy.log-only}). Reads the typed resource.
 */
final class AdviceRules {
  private AdviceRules() {}

  static void check(DocCheck c) {
    c.selectors().forEach(s -> unsatisfiable(c, s.value(), s.pointer()));
    if (c.kind().equals("NetworkPolicy") || c.kind().equals("GlobalNetworkPolicy")) {
      PolicySpec.of(c).ifPresent(spec -> logOnly(c, spec));
    }
  }

  private static void unsatisfiable(DocCheck c, Selector selector, String pointer) {
    try {
      if (SelectorSatisfiability.unsatisfiable(selector.expression())) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        String effect = field.startsWith("not")
            ? "it excludes nothing, so the " + field + " has no effect"
            : "it matches nothing, so what it guards never applies";
        c.warning("calico.selector.unsatisfiable", pointer, "selector " + DocCheck.q(selector.text())
            + " can never match: no set of labels satisfies it (" + effect + "); check its labels and values");
      }
    } catch (SelectorSyntaxException e) {
      // reported by SelectorRules
    }
  }

  /**
   * A policy that selects endpoints and only logs: Log goes on to the next rule, so the endpoints' traffic
   * reaches the end of the tier, where traffic that a policy selected and nothing allowed is denied
   * (Calico issue 3801).
   */
  private static void logOnly(DocCheck c, PolicySpec spec) {
    List<Rule> rules = new ArrayList<>(spec.ingress());
    rules.addAll(spec.egress());
    if (rules.isEmpty() || !rules.stream().allMatch(r -> Action.LOG.equals(r.action()))) {
      return;
    }
    c.warning("calico.policy.log-only", "/spec", "every rule of this policy is Log, which goes on to the next"
        + " rule: the endpoints it selects have the traffic it logs denied at the end of the tier (unless the"
        + " tier's defaultAction is Pass or a later policy allows it); add an Allow or Pass rule after the Log"
        + " rule if the policy is only meant to log");
  }
}
