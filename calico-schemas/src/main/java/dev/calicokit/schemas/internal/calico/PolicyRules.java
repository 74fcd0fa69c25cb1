package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Policy specs (NetworkPolicy, GlobalNetworkPolicy and their staged forms): types listed once, global()
 * only where allowed, the tier name, the pre-DNAT and do-not-track constraints of global policies, the
 * empty spec of a staged deletion, and every rule.
 */
final class PolicyRules {
  private static final Pattern TIER = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  private PolicyRules() {}

  static void check(DocCheck c) {
    JsonNode spec = c.spec();
    if (!spec.isObject()) {
      return;
    }
    boolean global = c.kind().endsWith("GlobalNetworkPolicy");
    boolean staged = c.kind().startsWith("Staged");
    if (staged && DocCheck.text(spec, "stagedAction").orElse("").equals("Delete")) {
      checkStagedDelete(c, spec);
      return;
    }
    DocCheck.text(spec, "tier").filter(t -> !t.isEmpty()).ifPresent(t -> {
      if (t.length() > 63 || !TIER.matcher(t).matches()) {
        c.error("calico.policy.tier", "/spec/tier", "tier " + DocCheck.q(t) + " is not a tier name: a DNS label"
            + " of lower-case letters, digits and '-'");
      }
    });
    JsonNode types = spec.path("types");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < types.size(); i++) {
      if (!seen.add(types.get(i).asText())) {
        c.error("calico.policy.types", Pointer.at("/spec/types", i), "type " + DocCheck.q(types.get(i).asText())
            + " is listed twice");
      }
    }
    for (String field : global ? new String[] {"selector", "serviceAccountSelector", "namespaceSelector"}
        : new String[] {"selector", "serviceAccountSelector"}) {
      Optional<String> s = DocCheck.text(spec, field);
      if (s.isPresent() && SelectorRules.usesGlobal(s.get())) {
        c.error("calico.selector.global", "/spec/" + field, "global() may appear only in a rule's namespaceSelector,"
            + " not in the policy's " + field);
      }
    }
    if (global) {
      checkGlobalFlags(c, spec);
    }
    for (String direction : new String[] {"ingress", "egress"}) {
      JsonNode rules = spec.path(direction);
      for (int i = 0; i < rules.size(); i++) {
        RuleRules.check(c, rules.get(i), Pointer.at("/spec", direction, i), direction.equals("egress"), global);
      }
    }
  }

  private static void checkGlobalFlags(DocCheck c, JsonNode spec) {
    boolean preDnat = DocCheck.isTrue(spec, "preDNAT");
    boolean doNotTrack = DocCheck.isTrue(spec, "doNotTrack");
    if (preDnat && doNotTrack) {
      c.error("calico.policy.prednat-donottrack", "/spec/preDNAT", "preDNAT and doNotTrack cannot both be true");
    }
    if (preDnat && DocCheck.nonEmpty(spec, "egress")) {
      c.error("calico.policy.prednat-egress", "/spec/egress", "a preDNAT policy has ingress rules only");
    }
    if (preDnat) {
      JsonNode types = spec.path("types");
      for (int i = 0; i < types.size(); i++) {
        if (types.get(i).asText().equals("Egress")) {
          c.error("calico.policy.prednat-egress", Pointer.at("/spec/types", i), "a preDNAT policy cannot have"
              + " type Egress");
        }
      }
    }
    if ((preDnat || doNotTrack) && !DocCheck.isTrue(spec, "applyOnForward")) {
      c.error("calico.policy.apply-on-forward", "/spec/applyOnForward", "applyOnForward must be true when "
          + (preDnat ? "preDNAT" : "doNotTrack") + " is true");
    }
  }

  /** A staged deletion names the policy to delete and nothing else: only tier (and stagedAction) may be set. */
  private static void checkStagedDelete(DocCheck c, JsonNode spec) {
    for (Iterator<String> it = spec.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.equals("stagedAction") || f.equals("tier") || !DocCheck.nonEmpty(spec, f)
          || isZero(spec.get(f))) {
        continue;
      }
      c.error("calico.policy.staged-delete", "/spec/" + f, "with stagedAction Delete the spec sets nothing but tier:"
          + " remove " + f);
    }
  }

  private static boolean isZero(JsonNode n) {
    return n.isBoolean() && !n.asBoolean() || n.isNumber() && n.asDouble() == 0;
  }
}
