package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.calico.PolicyType;
import dev.calicokit.model.calico.StagedAction;
import dev.calicokit.model.values.Selector;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Policy specs (NetworkPolicy, GlobalNetworkPolicy and their staged forms): types listed once, global()
 * only where allowed, the tier name, the pre-DNAT and do-not-track constraints of global policies, the
 * empty spec of a staged deletion, and every rule. Reads the typed policy.
 */
final class PolicyRules {
  private static final Pattern TIER = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  private PolicyRules() {}

  static void check(DocCheck c) {
    Optional<PolicySpec> typed = PolicySpec.of(c);
    if (typed.isEmpty()) {
      return;
    }
    PolicySpec spec = typed.get();
    boolean global = spec.global();
    if (spec.stagedAction().map(StagedAction::value).orElse("").equals("Delete")) {
      checkStagedDelete(c, c.spec());
      return;
    }
    spec.tier().filter(t -> !t.isEmpty()).ifPresent(t -> {
      if (t.length() > 63 || !TIER.matcher(t).matches()) {
        c.error("calico.policy.tier", "/spec/tier", "tier " + DocCheck.q(t) + " is not a tier name: a DNS label"
            + " of lower-case letters, digits and '-'");
      }
    });
    List<PolicyType> types = spec.types();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < types.size(); i++) {
      if (!seen.add(types.get(i).value())) {
        c.error("calico.policy.types", Pointer.at("/spec/types", i), "type " + DocCheck.q(types.get(i).value())
            + " is listed twice");
      }
    }
    noGlobal(c, "selector", spec.selector());
    noGlobal(c, "serviceAccountSelector", spec.serviceAccountSelector());
    if (global) {
      noGlobal(c, "namespaceSelector", spec.namespaceSelector());
      checkGlobalFlags(c, spec);
    }
    for (int i = 0; i < spec.ingress().size(); i++) {
      RuleRules.check(c, spec.ingress().get(i), Pointer.at("/spec/ingress", i), false, global);
    }
    for (int i = 0; i < spec.egress().size(); i++) {
      RuleRules.check(c, spec.egress().get(i), Pointer.at("/spec/egress", i), true, global);
    }
  }

  private static void noGlobal(DocCheck c, String field, Optional<Selector> selector) {
    if (selector.isPresent() && SelectorRules.usesGlobal(selector.get().text())) {
      c.error("calico.selector.global", "/spec/" + field, "global() may appear only in a rule's namespaceSelector,"
          + " not in the policy's " + field);
    }
  }

  private static void checkGlobalFlags(DocCheck c, PolicySpec spec) {
    boolean preDnat = spec.preDNAT().orElse(false);
    boolean doNotTrack = spec.doNotTrack().orElse(false);
    if (preDnat && doNotTrack) {
      c.error("calico.policy.prednat-donottrack", "/spec/preDNAT", "preDNAT and doNotTrack cannot both be true");
    }
    if (preDnat && !spec.egress().isEmpty()) {
      c.error("calico.policy.prednat-egress", "/spec/egress", "a preDNAT policy has ingress rules only");
    }
    if (preDnat) {
      for (int i = 0; i < spec.types().size(); i++) {
        if (spec.types().get(i).equals(PolicyType.EGRESS)) {
          c.error("calico.policy.prednat-egress", Pointer.at("/spec/types", i), "a preDNAT policy cannot have"
              + " type Egress");
        }
      }
    }
    if ((preDnat || doNotTrack) && !spec.applyOnForward().orElse(false)) {
      c.error("calico.policy.apply-on-forward", "/spec/applyOnForward", "applyOnForward must be true when "
          + (preDnat ? "preDNAT" : "doNotTrack") + " is true");
    }
  }

  /**
   * A staged deletion names the policy to delete and nothing else: only tier (and stagedAction) may be set.
   * Reads the tree: every field written counts, those the model does not know included (the typed spec
   * holds them apart, in {@code unknownFields}), and the findings follow the order they are written in.
   */
  private static void checkStagedDelete(DocCheck c, JsonNode spec) {
    for (Iterator<String> it = spec.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.equals("stagedAction") || f.equals("tier") || !nonEmpty(spec.get(f))
          || isZero(spec.get(f))) {
        continue;
      }
      c.error("calico.policy.staged-delete", "/spec/" + f, "with stagedAction Delete the spec sets nothing but tier:"
          + " remove " + f);
    }
  }

  /** True for a non-empty array, object or string, and for any other value but null. */
  private static boolean nonEmpty(JsonNode n) {
    if (n == null || n.isNull()) {
      return false;
    }
    if (n.isContainerNode()) {
      return n.size() > 0;
    }
    return !n.isTextual() || !n.asText().isEmpty();
  }

  private static boolean isZero(JsonNode n) {
    return n.isBoolean() && !n.asBoolean() || n.isNumber() && n.asDouble() == 0;
  }
}
