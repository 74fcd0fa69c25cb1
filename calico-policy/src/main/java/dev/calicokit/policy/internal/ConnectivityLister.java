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

  /** What is allowed from one peer to another; a null endpoint is an outside address. */
  ConnectionSet between(EndpointData s, Peer src, EndpointData d, Peer dst) {
    List<String> portless = allProtocols ? List.of("ICMP", "ICMPv6") : List.of();
    ConnectionSet set = new ConnectionSet(portless);
    int ipVersion = src.ips().stream().anyMatch(NetAddr::is6) || dst.ips().stream().anyMatch(NetAddr::is6) ? 6 : 4;
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(1);
    cuts.add(65536);
    List<CompiledRule> relevant = new ArrayList<>();
    if (s != null) {
      engine.slices(s, false, false).forEach(t -> t.policies().forEach(p -> relevant.addAll(p.outbound())));
    }
    if (d != null) {
      engine.slices(d, true, false).forEach(t -> t.policies().forEach(p -> relevant.addAll(p.inbound())));
      for (String profile : d.profiles()) {
        PolicyModel.ProfileData pd = engine.model().profiles().get(profile);
        if (pd != null) {
          relevant.addAll(pd.inbound());
        }
      }
    }
    if (s != null) {
      for (String profile : s.profiles()) {
        PolicyModel.ProfileData pd = engine.model().profiles().get(profile);
        if (pd != null) {
          relevant.addAll(pd.outbound());
        }
      }
    }
    for (CompiledRule r : relevant) {
      addCuts(cuts, r.destination().ports, d);
      addCuts(cuts, r.destination().notPorts, d);
    }
    for (String protocol : PORTED) {
      int number = Protocols.number(protocol);
      Integer from = null;
      for (Integer cut : cuts) {
        if (from != null) {
          Packet p = new Packet(src, dst, number, from, -1, -1, ipVersion);
          if (allowed(s, d, p)) {
            set.add(protocol, from, cut - 1);
          }
        }
        from = cut;
      }
    }
    for (String protocol : portless) {
      Packet p = new Packet(src, dst, Protocols.number(protocol), -1, -1, -1, protocol.equals("ICMPv6") ? 6 : 4);
      if (allowed(s, d, p)) {
        set.add(protocol);
      }
    }
    return set;
  }

  private boolean allowed(EndpointData s, EndpointData d, Packet p) {
    if (s != null && !engine.evaluate(s, false, p, false, null).allows()) {
      return false;
    }
    return d == null || engine.evaluate(d, true, p, false, null).allows();
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
