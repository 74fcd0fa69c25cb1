package dev.calicokit.policy.internal;

import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.model.values.Port;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Felix's verdict for one direction at one endpoint, following the chain that
 * {@code felix/rules/endpoints.go} (endpointIptablesChain) renders: tiers in order; in each tier that has
 * policies for the endpoint, the policies in order and their rules in order (Allow and Deny decide, Pass
 * leaves the tier, Log goes on); a tier whose policies selected the endpoint drops at its end unless a
 * rule decided, its default action is Pass, or all its policies for the endpoint are staged; after the
 * tiers, the endpoint's profiles; what no profile accepts is dropped.
 */
public final class Engine {
  private final PolicyModel model;
  private final LabelIndex index;
  private final Map<CompiledPolicy, BitSet> selected = new java.util.IdentityHashMap<>();
  private final Map<Integer, List<List<TierSlice>>> slices = new HashMap<>();
  private final java.util.Set<CompiledPolicy> stagedMode; // the policy set with staged policies enforced

  /** The policies of one tier that apply to an endpoint in one direction, in order. */
  record TierSlice(TierData tier, List<CompiledPolicy> policies) {}

  public Engine(PolicyModel model) {
    this.model = model;
    this.index = new LabelIndex(model.endpoints());
    this.stagedMode = model.hasStaged() ? withStagedEnforced() : null;
  }

  public PolicyModel model() {
    return model;
  }

  /** Whether the verdict with staged policies enforced can differ at all. */
  public boolean hasStaged() {
    return stagedMode != null;
  }

  private java.util.Set<CompiledPolicy> withStagedEnforced() {
    Map<String, CompiledPolicy> staged = new HashMap<>();
    for (List<CompiledPolicy> tier : model.policiesByTier().values()) {
      for (CompiledPolicy p : tier) {
        if (p.staged()) {
          staged.put(p.enforcedKind() + " " + p.namespace() + "/" + p.name(), p);
        }
      }
    }
    java.util.Set<CompiledPolicy> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<CompiledPolicy> tier : model.policiesByTier().values()) {
      for (CompiledPolicy p : tier) {
        if (!p.staged() && staged.containsKey(p.kind() + " " + p.namespace() + "/" + p.name())) {
          continue; // replaced (or deleted) by its staged counterpart
        }
        if (!p.stagedDelete()) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** Endpoints a policy selects (its selector on their labels), found through the label index. */
  BitSet selectedBy(CompiledPolicy p) {
    return selected.computeIfAbsent(p, x -> index.matching(x.selector()));
  }

  /** The tiers with policies for the endpoint in the direction, in Felix's order. */
  List<TierSlice> slices(EndpointData e, boolean ingress, boolean withStaged) {
    int key = (ingress ? 1 : 0) | (withStaged ? 2 : 0);
    return slices.computeIfAbsent(key, k -> allSlices(ingress, withStaged)).get(e.id());
  }

  /**
   * For every endpoint, its tier slices: built policy by policy over the endpoints each selects, so the
   * cost is the number of (policy, endpoint) pairs that match, not every pair.
   */
  private List<List<TierSlice>> allSlices(boolean ingress, boolean withStaged) {
    int n = model.endpoints().size();
    List<List<TierSlice>> out = new ArrayList<>(n);
    List<List<TierSlice>> building = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      building.add(new ArrayList<>());
    }
    for (TierData t : model.tiers()) {
      Map<Integer, List<CompiledPolicy>> inTier = new java.util.TreeMap<>();
      for (CompiledPolicy p : model.policiesByTier().getOrDefault(t.name(), List.of())) {
        if (withStaged && !stagedMode.contains(p)) {
          continue;
        }
        if (!(ingress ? p.ingress() : p.egress())) {
          continue;
        }
        BitSet sel = selectedBy(p);
        for (int i = sel.nextSetBit(0); i >= 0; i = sel.nextSetBit(i + 1)) {
          if (model.endpoints().get(i).isPolicyTarget()) {
            inTier.computeIfAbsent(i, x -> new ArrayList<>()).add(p);
          }
        }
      }
      inTier.forEach((i, ps) -> building.get(i).add(new TierSlice(t, List.copyOf(ps))));
    }
    for (List<TierSlice> b : building) {
      out.add(List.copyOf(b));
    }
    return out;
  }

  /** Every policy known, for explanations: which did not select the endpoint. */
  List<CompiledPolicy> allPolicies(String tier) {
    return model.policiesByTier().getOrDefault(tier, List.of());
  }

  /**
   * The verdict at {@code at} for the packet, egress when {@code ingress} is false. With {@code trace}
   * non-null, every step is written to it.
   */
  public Outcome evaluate(EndpointData at, boolean ingress, Packet packet, boolean withStaged, List<String> trace) {
    String dir = ingress ? "ingress" : "egress";
    if (trace != null) {
      trace.add(capitalized(dir) + " at " + at.displayName() + ":");
    }
    List<TierSlice> tiers = slices(at, ingress, withStaged);
    if (trace != null) {
      explainUnselected(at, ingress, tiers, trace);
    }
    for (TierSlice slice : tiers) {
      TierData tier = slice.tier();
      if (trace != null) {
        trace.add("  tier " + tier.name() + " (order " + (tier.order() == null ? "none" : fmt(tier.order()))
            + ", default action " + (tier.defaultPass() ? "Pass" : "Deny") + "):");
      }
      boolean passed = false;
      boolean anyEnforced = false;
      policies:
      for (CompiledPolicy p : slice.policies()) {
        boolean enforced = withStaged || !p.staged();
        if (trace != null) {
          trace.add("    " + p.id() + " (order " + (Double.isInfinite(p.order()) ? "none" : fmt(p.order()))
              + ") selects it" + (enforced ? "" : "; staged, not enforced: skipped")
              + (p.note() == null ? "" : "; note: " + p.note()));
        }
        if (!enforced) {
          continue;
        }
        anyEnforced = true;
        for (CompiledRule r : ingress ? p.inbound() : p.outbound()) {
          String miss = RuleMatcher.mismatch(r, packet, this);
          if (miss != null) {
            if (trace != null) {
              trace.add("      rule " + r.index() + " (" + r.action() + ") does not match: " + miss);
            }
            continue;
          }
          if (trace != null) {
            trace.add("      rule " + r.index() + " (" + r.action() + ") matches" + (r.hasHttp()
                ? " (its HTTP match is enforced by the application layer, not Felix: not evaluated)" : ""));
          }
          switch (r.action()) {
            case "Allow":
              return new Outcome("RULE", true, tier.name(), p.id(), r.index(), "Allow");
            case "Deny":
              return new Outcome("RULE", false, tier.name(), p.id(), r.index(), "Deny");
            case "Pass":
              passed = true;
              break policies;
            default:
              break; // Log: recorded, and on to the next rule
          }
        }
        if (trace != null && (ingress ? p.inbound() : p.outbound()).isEmpty()) {
          trace.add("      no " + dir + " rules");
        }
      }
      if (passed) {
        if (trace != null) {
          trace.add("    Pass: on to the next tier");
        }
        continue;
      }
      if (anyEnforced && !tier.defaultPass()) {
        if (trace != null) {
          trace.add("    end of tier " + tier.name() + ": Deny");
        }
        return new Outcome("END_OF_TIER", false, tier.name(), null, -1, "Deny");
      }
      if (trace != null) {
        trace.add("    end of tier " + tier.name() + ": " + (anyEnforced ? "its default action Pass" : "all its policies "
            + "here are staged") + ", on to the next tier");
      }
    }
    if (tiers.isEmpty() && trace != null) {
      trace.add("  no policy applies to it in this direction");
    }
    for (String name : at.profiles()) {
      PolicyModel.ProfileData profile = model.profiles().get(name);
      if (profile == null) {
        if (trace != null) {
          trace.add("  profile " + name + " is not in the input: no rules");
        }
        continue;
      }
      for (CompiledRule r : ingress ? profile.inbound() : profile.outbound()) {
        String miss = RuleMatcher.mismatch(r, packet, this);
        if (miss == null && (r.action().equals("Allow") || r.action().equals("Deny"))) {
          if (trace != null) {
            trace.add("  profile " + name + " rule " + r.index() + " (" + r.action() + ") matches");
          }
          return new Outcome("PROFILE", r.action().equals("Allow"), null, name, r.index(), r.action());
        }
        if (trace != null && miss != null) {
          trace.add("  profile " + name + " rule " + r.index() + " (" + r.action() + ") does not match: " + miss);
        }
      }
      if (trace != null) {
        trace.add("  profile " + name + ": no rule decided");
      }
    }
    if (trace != null) {
      trace.add("  no profile allowed: Deny");
    }
    return new Outcome("NO_PROFILE_MATCHED", false, null, null, -1, "Deny");
  }

  private void explainUnselected(EndpointData at, boolean ingress, List<TierSlice> tiers, List<String> trace) {
    List<String> skipped = new ArrayList<>();
    for (TierData t : model.tiers()) {
      for (CompiledPolicy p : allPolicies(t.name())) {
        boolean applies = tiers.stream().anyMatch(s -> s.policies().stream().anyMatch(q -> q == p));
        if (applies) {
          continue;
        }
        if (!selectedBy(p).get(at.id())) {
          skipped.add(p.id() + " (tier " + t.name() + "): its selector " + p.selector().print() + " does not match");
        } else if (!(ingress ? p.ingress() : p.egress())) {
          skipped.add(p.id() + " (tier " + t.name() + "): selects it but its types do not include "
              + (ingress ? "Ingress" : "Egress"));
        } else {
          skipped.add(p.id() + " (tier " + t.name() + "): replaced or removed by a staged policy in this evaluation");
        }
      }
    }
    if (!skipped.isEmpty()) {
      trace.add("  not applying:");
      skipped.forEach(s -> trace.add("    " + s));
    }
  }

  /** Endpoints (by id) that a rule side's selector and notSelector match. */
  BitSet selectorMatches(RuleSide side) {
    if (side.selectorMatches == null && side.selector != null) {
      side.selectorMatches = index.matching(side.selector);
    }
    return side.selectorMatches;
  }

  BitSet notSelectorMatches(RuleSide side) {
    if (side.notSelectorMatches == null && side.notSelector != null) {
      side.notSelectorMatches = index.matching(side.notSelector);
    }
    return side.notSelectorMatches;
  }

  /** A peer for an endpoint, with the network sets its addresses fall in. */
  public Peer peer(EndpointData e) {
    return peers.computeIfAbsent(e.id(), id -> new Peer(e, e.ips(), networkSetsHolding(e.ips()), e.displayName()));
  }

  private final Map<Integer, Peer> peers = new HashMap<>();

  /** A peer for an outside address. */
  public Peer external(NetAddr address) {
    return new Peer(null, List.of(address), networkSetsHolding(List.of(address)), address.toString());
  }

  private List<EndpointData> networkSetsHolding(List<NetAddr> ips) {
    if (ips.isEmpty()) {
      return List.of();
    }
    List<EndpointData> out = new ArrayList<>();
    for (EndpointData e : model.endpoints()) {
      if (e.isNetworkSet() && e.nets().stream().anyMatch(n -> ips.stream().anyMatch(n::contains))) {
        out.add(e);
      }
    }
    return out;
  }

  static String describe(List<Port> ports) {
    return ports.stream().map(Port::toString).collect(Collectors.joining(", ", "[", "]"));
  }

  static String describeNets(List<NetPrefix> nets) {
    return nets.stream().map(NetPrefix::toString).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
