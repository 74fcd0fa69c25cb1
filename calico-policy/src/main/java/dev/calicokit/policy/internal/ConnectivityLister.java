package dev.calicokit.policy.internal;

import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.model.values.Port;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Every allowed connection between workloads, and between workloads and outside IPv4 ranges, as
 * np-guard's netpol-analyzer {@code list} reports them. For each ordered pair, the ports are cut into the
 * segments on which the pair's rules cannot differ (bounded by the port ranges and resolved named ports
 * of the policies that apply to the pair) and one connection per segment is judged, so the result equals
 * judging every port. Outside addresses are cut the same way: by every network in the policies and
 * network sets, the cuts np-guard prints.
 */
public final class ConnectivityLister {
  /** One line of the listing. */
  public record Line(String source, String destination, String connections) {}

  private static final String[] PORTED = {"SCTP", "TCP", "UDP"};
  private static final long V4_END = 1L << 32;

  private final Engine engine;
  private final boolean allProtocols;

  public ConnectivityLister(Engine engine, boolean allProtocols) {
    this.engine = engine;
    this.allProtocols = allProtocols;
  }

  public List<Line> list() {
    List<EndpointData> workloads = new ArrayList<>();
    for (EndpointData e : engine.model().endpoints()) {
      if (!e.isNetworkSet() && !e.isHost()) {
        workloads.add(e);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (EndpointData s : workloads) {
      Peer src = engine.peer(s);
      for (EndpointData d : workloads) {
        if (s == d) {
          continue;
        }
        ConnectionSet c = between(s, src, d, engine.peer(d));
        if (!c.isEmpty()) {
          lines.add(new Line(s.displayName(), d.displayName(), c.toString()));
        }
      }
    }
    long[] cuts = externalCuts();
    for (EndpointData w : workloads) {
      Peer peer = engine.peer(w);
      for (int i = 0; i + 1 < cuts.length; i++) {
        Peer outside = engine.external(v4(cuts[i]));
        String range = v4(cuts[i]) + "-" + v4(cuts[i + 1] - 1);
        ConnectionSet out = between(w, peer, null, outside);
        if (!out.isEmpty()) {
          lines.add(new Line(w.displayName(), range, out.toString()));
        }
        ConnectionSet in = between(null, outside, w, peer);
        if (!in.isEmpty()) {
          lines.add(new Line(range, w.displayName(), in.toString()));
        }
      }
    }
    lines.sort((a, b) -> {
      int c = a.source().compareTo(b.source());
      return c != 0 ? c : a.destination().compareTo(b.destination());
    });
    return lines;
  }

  /**
   * What is allowed from one peer to another; a null endpoint is an outside address. Egress at the source
   * and ingress at the destination are each judged once per class of peers that their rules cannot tell
   * apart (the same match, port aside, of every rule's peer side; the same named ports; the same IP
   * version), and the two results intersected.
   */
  ConnectionSet between(EndpointData s, Peer src, EndpointData d, Peer dst) {
    List<String> portless = allProtocols ? List.of("ICMP", "ICMPv6") : List.of();
    int ipVersion = src.ips().stream().anyMatch(NetAddr::is6) || dst.ips().stream().anyMatch(NetAddr::is6) ? 6 : 4;
    Allowed egress = s == null ? Allowed.ALL : side(s, false, src, dst, d, ipVersion, portless);
    Allowed ingress = d == null ? Allowed.ALL : side(d, true, src, dst, d, ipVersion, portless);
    ConnectionSet set = new ConnectionSet(portless);
    for (String protocol : PORTED) {
      for (int[] r : intersect(egress.ranges(protocol), ingress.ranges(protocol))) {
        set.add(protocol, r[0], r[1]);
      }
    }
    for (String protocol : portless) {
      if (egress.portless.contains(protocol) && ingress.portless.contains(protocol)) {
        set.add(protocol);
      }
    }
    return set;
  }

  /** What one direction allows: per ported protocol its port ranges, and the portless protocols allowed. */
  private static final class Allowed {
    static final Allowed ALL = new Allowed(null, List.of("ICMP", "ICMPv6"));
    final java.util.Map<String, List<int[]>> byProtocol;
    final List<String> portless;

    Allowed(java.util.Map<String, List<int[]>> byProtocol, List<String> portless) {
      this.byProtocol = byProtocol;
      this.portless = portless;
    }

    List<int[]> ranges(String protocol) {
      return byProtocol == null ? List.of(new int[] {1, 65535}) : byProtocol.getOrDefault(protocol, List.of());
    }
  }

  private final java.util.Map<String, Allowed> classes = new java.util.HashMap<>();
  private final java.util.Map<Long, List<CompiledRule>> rulesAt = new java.util.HashMap<>();

  /** The rules that can decide at an endpoint in a direction: its policies' and its profiles'. */
  private List<CompiledRule> rulesAt(EndpointData e, boolean ingress) {
    return rulesAt.computeIfAbsent(((long) e.id() << 1) | (ingress ? 1 : 0), k -> {
      List<CompiledRule> out = new ArrayList<>();
      engine.slices(e, ingress, false).forEach(t -> t.policies().forEach(p -> out.addAll(ingress ? p.inbound() : p.outbound())));
      for (String profile : e.profiles()) {
        PolicyModel.ProfileData pd = engine.model().profiles().get(profile);
        if (pd != null) {
          out.addAll(ingress ? pd.inbound() : pd.outbound());
        }
      }
      return out;
    });
  }

  /** One direction at {@code at}, judged once per class of the other peer. */
  private Allowed side(EndpointData at, boolean ingress, Peer src, Peer dst, EndpointData d, int ipVersion,
      List<String> portless) {
    List<CompiledRule> rules = rulesAt(at, ingress);
    Peer other = ingress ? src : dst;
    StringBuilder key = new StringBuilder().append(at.id()).append(ingress ? 'i' : 'e').append(ipVersion).append(':');
    for (CompiledRule r : rules) {
      key.append(RuleMatcher.peerMatches(ingress ? r.source() : r.destination(), other, engine) ? '1' : '0');
    }
    if (!ingress) {
      // named destination ports resolve on the destination: part of its class
      key.append(':').append(d == null ? "" : d.namedPorts().toString());
    }
    return classes.computeIfAbsent(key.toString(), k -> judge(at, ingress, rules, src, dst, d, ipVersion, portless));
  }

  private Allowed judge(EndpointData at, boolean ingress, List<CompiledRule> rules, Peer src, Peer dst, EndpointData d,
      int ipVersion, List<String> portless) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(1);
    cuts.add(65536);
    for (CompiledRule r : rules) {
      addCuts(cuts, r.destination().ports, d);
      addCuts(cuts, r.destination().notPorts, d);
    }
    java.util.Map<String, List<int[]>> byProtocol = new java.util.HashMap<>();
    for (String protocol : PORTED) {
      int number = Protocols.number(protocol);
      List<int[]> ranges = new ArrayList<>();
      Integer from = null;
      for (Integer cut : cuts) {
        if (from != null) {
          Packet p = new Packet(src, dst, number, from, -1, -1, ipVersion);
          if (engine.evaluate(at, ingress, p, false, null).allows()) {
            if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[1] == from - 1) {
              ranges.get(ranges.size() - 1)[1] = cut - 1;
            } else {
              ranges.add(new int[] {from, cut - 1});
            }
          }
        }
        from = cut;
      }
      byProtocol.put(protocol, ranges);
    }
    List<String> allowedPortless = new ArrayList<>();
    for (String protocol : portless) {
      Packet p = new Packet(src, dst, Protocols.number(protocol), -1, -1, -1, protocol.equals("ICMPv6") ? 6 : 4);
      if (engine.evaluate(at, ingress, p, false, null).allows()) {
        allowedPortless.add(protocol);
      }
    }
    return new Allowed(byProtocol, allowedPortless);
  }

  private static List<int[]> intersect(List<int[]> a, List<int[]> b) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      int lo = Math.max(a.get(i)[0], b.get(j)[0]);
      int hi = Math.min(a.get(i)[1], b.get(j)[1]);
      if (lo <= hi) {
        out.add(new int[] {lo, hi});
      }
      if (a.get(i)[1] < b.get(j)[1]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  private static void addCuts(TreeSet<Integer> cuts, List<Port> ports, EndpointData d) {
    for (Port port : ports) {
      if (port.isNamed()) {
        if (d != null) {
          for (NamedPort n : d.namedPorts()) {
            if (n.name().equals(port.name().orElse(""))) {
              cuts.add(n.port());
              cuts.add(n.port() + 1);
            }
          }
        }
      } else if (port.min().isPresent()) {
        cuts.add(port.min().get());
        cuts.add(port.max().orElse(port.min().get()) + 1);
      }
    }
  }

  /** The IPv4 cut points: 0, 2^32 and both ends of every network named by a rule or a network set. */
  private long[] externalCuts() {
    TreeSet<Long> cuts = new TreeSet<>();
    cuts.add(0L);
    cuts.add(V4_END);
    for (List<CompiledPolicy> tier : engine.model().policiesByTier().values()) {
      for (CompiledPolicy p : tier) {
        if (p.staged()) {
          continue;
        }
        for (List<CompiledRule> rules : List.of(p.inbound(), p.outbound())) {
          for (CompiledRule r : rules) {
            for (RuleSide side : List.of(r.source(), r.destination())) {
              side.nets.forEach(n -> cut(cuts, n));
              side.notNets.forEach(n -> cut(cuts, n));
            }
          }
        }
      }
    }
    for (EndpointData e : engine.model().endpoints()) {
      e.nets().forEach(n -> cut(cuts, n));
    }
    return cuts.stream().mapToLong(Long::longValue).toArray();
  }

  private static void cut(TreeSet<Long> cuts, NetPrefix n) {
    if (!n.is4()) {
      return;
    }
    long start = toLong(n.masked().addr());
    cuts.add(start);
    cuts.add(start + (1L << (32 - n.bits())));
  }

  private static long toLong(NetAddr a) {
    byte[] b = a.unmap().bytes();
    int o = b.length - 4;
    return ((b[o] & 0xffL) << 24) | ((b[o + 1] & 0xffL) << 16) | ((b[o + 2] & 0xffL) << 8) | (b[o + 3] & 0xffL);
  }

  private static NetAddr v4(long v) {
    return NetAddr.fromBytes(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
  }
}
