package dev.calicokit.policy.internal;

import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.ICMPFields;
import dev.calicokit.model.calico.PolicyType;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.calico.ServiceAccountMatch;
import dev.calicokit.model.selector.SelectorExpression;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.model.values.Selector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Brings a Calico policy into Felix's form, as libcalico-go's update processors do
 * ({@code updateprocessors/networkpolicyprocessor.go}, {@code globalnetworkpolicyprocessor.go},
 * {@code rules.go}, {@code selectors.go}) and as the API server defaults it
 * ({@code api/pkg/defaults/networkpolicy.go}).
 */
final class PolicyCompiler {
  static final String NAMESPACE_LABEL = "projectcalico.org/namespace";
  static final String SERVICE_ACCOUNT_LABEL = "projectcalico.org/serviceaccount";
  static final String NAMESPACE_PREFIX = "pcns.";
  static final String SERVICE_ACCOUNT_PREFIX = "pcsa.";

  private PolicyCompiler() {}

  /** What a policy says, whatever kind said it. */
  record Source(String kind, String namespace, String name, Optional<String> tier, Optional<BigDecimal> order,
      Optional<Selector> selector, Optional<Selector> namespaceSelector, Optional<Selector> serviceAccountSelector,
      List<PolicyType> types, List<Rule> ingress, List<Rule> egress, boolean staged, boolean stagedDelete,
      boolean typesAsWritten, String note) {}

  static CompiledPolicy compile(Source s) {
    SelectorExpression selector = text(s.selector()).map(Selectors::parse).orElse(null);
    if (s.namespace() != null) {
      // networkpolicyprocessor.go ConvertNetworkPolicyV3ToV1Value: "(selector) && projectcalico.org/namespace == 'ns'"
      selector = Selectors.and(selector, SelectorExpression.eq(NAMESPACE_LABEL, s.namespace()));
    }
    Optional<String> nsSelector = text(s.namespaceSelector());
    if (nsSelector.isPresent()) {
      // globalnetworkpolicyprocessor.go: prefixAndAppendSelector(..., "pcns."), then all() means "in a namespace"
      selector = Selectors.and(selector, Selectors.prefixed(Selectors.parse(nsSelector.get()), NAMESPACE_PREFIX));
      selector = Selectors.replaceAllAndGlobal(selector, SelectorExpression.has(NAMESPACE_LABEL), null);
    }
    Optional<String> saSelector = text(s.serviceAccountSelector());
    if (saSelector.isPresent()) {
      selector = Selectors.and(selector, Selectors.prefixed(Selectors.parse(saSelector.get()), SERVICE_ACCOUNT_PREFIX));
      if (s.namespace() == null) {
        selector = Selectors.replaceAllAndGlobal(selector, SelectorExpression.has(SERVICE_ACCOUNT_LABEL), null);
      }
    }
    if (selector == null) {
      selector = SelectorExpression.all();
    }
    boolean ingress;
    boolean egress;
    if (s.types().isEmpty() && !s.typesAsWritten()) {
      // defaults/networkpolicy.go defaultPolicyTypesField: no egress rules means Ingress only (even with no
      // ingress rules either); egress rules alone mean Egress; both mean both.
      ingress = s.egress().isEmpty() || !s.ingress().isEmpty();
      egress = !s.egress().isEmpty();
    } else {
      ingress = s.types().contains(PolicyType.INGRESS);
      egress = s.types().contains(PolicyType.EGRESS);
    }
    double order = s.order().map(BigDecimal::doubleValue).orElse(Double.POSITIVE_INFINITY);
    return new CompiledPolicy(s.kind(), s.namespace(), s.name(), s.tier().filter(t -> !t.isEmpty()).orElse("default"),
        order, selector, ingress, egress, rules(s.ingress(), s.namespace()), rules(s.egress(), s.namespace()), s.staged(),
        s.stagedDelete(), s.note());
  }

  static List<CompiledRule> rules(List<Rule> rules, String namespace) {
    List<CompiledRule> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      out.add(rule(i, rules.get(i), namespace));
    }
    return out;
  }

  /** rules.go RuleAPIV3ToBackend. */
  static CompiledRule rule(int index, Rule r, String namespace) {
    EntityRule src = r.source().orElse(EntityRule.builder().build());
    EntityRule dst = r.destination().orElse(EntityRule.builder().build());
    return new CompiledRule(index, r.action().value(), r.ipVersion().map(Long::intValue).orElse(-1),
        r.protocol().map(Protocols::number).orElse(-1), r.notProtocol().map(Protocols::number).orElse(-1),
        r.icmp().flatMap(ICMPFields::type).map(Long::intValue).orElse(-1),
        r.icmp().flatMap(ICMPFields::code).map(Long::intValue).orElse(-1),
        r.notICMP().flatMap(ICMPFields::type).map(Long::intValue).orElse(-1),
        r.notICMP().flatMap(ICMPFields::code).map(Long::intValue).orElse(-1),
        side(src, namespace), side(dst, namespace), r.http().isPresent());
  }

  private static RuleSide side(EntityRule e, String namespace) {
    return new RuleSide(entitySelector(e, namespace), text(e.notSelector()).map(Selectors::parse).orElse(null),
        nets(e.nets()), nets(e.notNets()), e.ports(), e.notPorts(), e.services().isPresent());
  }

  /** rules.go GetEntityRuleSelector and getEndpointSelector. */
  static SelectorExpression entitySelector(EntityRule e, String namespace) {
    Optional<String> nsText = text(e.namespaceSelector());
    SelectorExpression nsSelector = null;
    if (nsText.isPresent()) {
      nsSelector = Selectors.replaceAllAndGlobal(Selectors.prefixed(Selectors.parse(nsText.get()), NAMESPACE_PREFIX),
          SelectorExpression.has(NAMESPACE_LABEL), SelectorExpression.not(SelectorExpression.has(NAMESPACE_LABEL)));
    } else if (namespace != null) {
      nsSelector = SelectorExpression.eq(NAMESPACE_LABEL, namespace);
    }
    SelectorExpression selector = null;
    if (e.serviceAccounts().isPresent()) {
      selector = serviceAccounts(e.serviceAccounts().get());
    }
    Optional<String> own = text(e.selector());
    if (own.isPresent()) {
      selector = Selectors.and(selector, Selectors.parse(own.get()));
    }
    boolean notSelector = text(e.notSelector()).isPresent();
    if (nsSelector != null && (selector != null || notSelector || nsText.isPresent())) {
      selector = selector == null ? nsSelector : Selectors.and(nsSelector, selector);
    }
    return selector;
  }

  /** rules.go parseServiceAccounts: the selector with the pcsa. prefix, and the names as a set. */
  private static SelectorExpression serviceAccounts(ServiceAccountMatch m) {
    SelectorExpression out = text(m.selector())
        .map(s -> Selectors.prefixed(Selectors.parse(s), SERVICE_ACCOUNT_PREFIX)).orElse(null);
    if (!m.names().isEmpty()) {
      out = Selectors.and(out, new SelectorExpression.In(SERVICE_ACCOUNT_LABEL, m.names(), false));
    }
    return out;
  }

  /** rules.go NormalizeIPNets: masked networks; unparseable ones skipped. */
  private static List<NetPrefix> nets(List<Cidr> cidrs) {
    List<NetPrefix> out = new ArrayList<>();
    for (Cidr c : cidrs) {
      Optional<NetPrefix> p = c.prefix();
      if (p.isPresent()) {
        out.add(p.get().masked());
      } else {
        dev.calicokit.model.values.IpAddress ip = dev.calicokit.model.values.IpAddress.lenient(c.text());
        ip.addr().ifPresent(a -> out.add(a.prefix(a.bitLen())));
      }
    }
    return out;
  }

  private static Optional<String> text(Optional<Selector> s) {
    return s.map(Selector::text).filter(t -> !t.isBlank());
  }
}
