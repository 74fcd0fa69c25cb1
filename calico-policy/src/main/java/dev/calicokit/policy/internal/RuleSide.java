package dev.calicokit.policy.internal;

import dev.calicokit.model.selector.SelectorExpression;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.model.values.Port;
import java.util.BitSet;
import java.util.List;

/**
 * The source or destination half of a rule after libcalico-go's conversion to Felix's form
 * ({@code updateprocessors/rules.go} RuleAPIV3ToBackend): {@code selector} already holds the
 * namespace, namespace-selector and service-account parts (GetEntityRuleSelector), {@code notSelector}
 * is kept as written (NotSrcSelector/NotDstSelector are not namespaced there).
 */
public final class RuleSide {
  final SelectorExpression selector;
  final SelectorExpression notSelector;
  final List<NetPrefix> nets;
  final List<NetPrefix> notNets;
  final List<Port> ports;
  final List<Port> notPorts;
  final boolean hasServices;
  // Endpoints (by id) whose labels match selector and notSelector: computed once through the label index.
  BitSet selectorMatches;
  BitSet notSelectorMatches;

  RuleSide(SelectorExpression selector, SelectorExpression notSelector, List<NetPrefix> nets, List<NetPrefix> notNets,
      List<Port> ports, List<Port> notPorts, boolean hasServices) {
    this.selector = selector;
    this.notSelector = notSelector;
    this.nets = List.copyOf(nets);
    this.notNets = List.copyOf(notNets);
    this.ports = List.copyOf(ports);
    this.notPorts = List.copyOf(notPorts);
    this.hasServices = hasServices;
  }

  boolean isEmpty() {
    return selector == null && notSelector == null && nets.isEmpty() && notNets.isEmpty() && ports.isEmpty()
        && notPorts.isEmpty() && !hasServices;
  }
}
