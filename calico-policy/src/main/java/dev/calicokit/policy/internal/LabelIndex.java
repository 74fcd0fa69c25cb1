package dev.calicokit.policy.internal;

import dev.calicokit.model.selector.SelectorExpression;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The endpoints by label: a selector that requires {@code key == 'value'} is evaluated only on the
 * endpoints that carry that label, so finding what a selector matches costs what it matches, not every
 * endpoint (for a selector with no such term, every endpoint is a candidate).
 */
final class LabelIndex {
  private final List<EndpointData> endpoints;
  private final Map<String, Map<String, BitSet>> byLabel = new HashMap<>();
  private final BitSet all = new BitSet();
  private final Map<SelectorExpression, BitSet> cache = new HashMap<>();
  /** How many times a selector was evaluated on an endpoint's labels: what the index saves. */
  long evaluations;

  LabelIndex(List<EndpointData> endpoints) {
    this.endpoints = endpoints;
    for (EndpointData e : endpoints) {
      all.set(e.id());
      e.labels().forEach((k, v) -> byLabel.computeIfAbsent(k, x -> new HashMap<>()).computeIfAbsent(v, x -> new BitSet())
          .set(e.id()));
    }
  }

  /** The endpoints whose labels the selector matches (shared: do not change it). */
  BitSet matching(SelectorExpression selector) {
    BitSet cached = cache.get(selector);
    if (cached != null) {
      return cached;
    }
    BitSet candidates = null;
    for (Map.Entry<String, String> required : Selectors.requiredLabels(selector)) {
      BitSet withLabel = byLabel.getOrDefault(required.getKey(), Map.of()).get(required.getValue());
      if (withLabel == null) {
        candidates = new BitSet();
        break;
      }
      if (candidates == null || withLabel.cardinality() < candidates.cardinality()) {
        candidates = withLabel;
      }
    }
    if (candidates == null) {
      candidates = all;
    }
    BitSet out = new BitSet();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      evaluations++;
      if (Selectors.matches(selector, endpoints.get(i).labels())) {
        out.set(i);
      }
    }
    cache.put(selector, out);
    return out;
  }
}
