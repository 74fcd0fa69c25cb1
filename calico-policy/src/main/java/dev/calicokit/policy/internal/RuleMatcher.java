package dev.calicokit.policy.internal;

import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.model.values.Port;
import java.util.BitSet;
import java.util.List;

/**
 * Whether a rule matches a packet, field by field as Felix renders a rule into matches
 * ({@code felix/rules/policy.go}): every field given must match; {@code nets} and selectors match the
 * peer's addresses and the endpoints or network sets that have them (a workload with no known address is
 * matched by selectors, never by nets); named ports are the destination's container ports of that name
 * and protocol.
 */
final class RuleMatcher {
  private RuleMatcher() {}

  /** Null when the rule matches; otherwise why not, in words. */
  static String mismatch(CompiledRule r, Packet p, Engine engine) {
    if (!r.action().equals("Allow") && !r.action().equals("Deny") && !r.action().equals("Pass")
        && !r.action().equals("Log")) {
      return "action '" + r.action() + "' is not one Felix knows";
    }
    if (r.ipVersion() > 0 && r.ipVersion() != p.ipVersion()) {
      return "ipVersion " + r.ipVersion() + ", the connection is IPv" + p.ipVersion();
    }
    if (r.protocol() >= 0 && r.protocol() != p.protocol()) {
      return "protocol " + Protocols.name(r.protocol()) + ", the connection is " + Protocols.name(p.protocol());
    }
    if (r.notProtocol() >= 0 && r.notProtocol() == p.protocol()) {
      return "notProtocol " + Protocols.name(r.notProtocol());
    }
    if (r.icmpType() >= 0) {
      if (p.icmpType() < 0) {
        return "icmp type " + r.icmpType() + ", the connection names no ICMP type";
      }
      if (r.icmpType() != p.icmpType() || r.icmpCode() >= 0 && r.icmpCode() != p.icmpCode()) {
        return "icmp type " + r.icmpType() + (r.icmpCode() >= 0 ? " code " + r.icmpCode() : "") + ", the connection is type "
            + p.icmpType() + " code " + p.icmpCode();
      }
    }
    if (r.notIcmpType() >= 0 && r.notIcmpType() == p.icmpType()
        && (r.notIcmpCode() < 0 || r.notIcmpCode() == p.icmpCode())) {
      return "notICMP type " + r.notIcmpType() + (r.notIcmpCode() >= 0 ? " code " + r.notIcmpCode() : "");
    }
    String src = side(r.source(), p.source(), p, false, engine);
    if (src != null) {
      return "source " + src;
    }
    String dst = side(r.destination(), p.destination(), p, true, engine);
    if (dst != null) {
      return "destination " + dst;
    }
    return null;
  }

  private static String side(RuleSide s, Peer peer, Packet p, boolean destination, Engine engine) {
    String who = peerMismatch(s, peer, engine);
    if (who != null) {
      return who;
    }
    if (!s.ports.isEmpty()) {
      if (!destination) {
        return "source ports " + Engine.describe(s.ports) + ": the connection's source port is not modelled";
      }
      if (p.port() < 0) {
        return "ports " + Engine.describe(s.ports) + ": the connection has no port";
      }
      if (!anyPort(s.ports, p, peer)) {
        return "ports " + Engine.describe(s.ports) + " do not include " + p.port()
            + (s.ports.stream().anyMatch(Port::isNamed) ? " (named ports resolved on " + peer.display() + ")" : "");
      }
    }
    if (!s.notPorts.isEmpty() && destination && p.port() >= 0 && anyPort(s.notPorts, p, peer)) {
      return "notPorts " + Engine.describe(s.notPorts) + " include " + p.port();
    }
    return null;
  }

  /** Null when the side's fields other than ports match the peer; otherwise why not. */
  static String peerMismatch(RuleSide s, Peer peer, Engine engine) {
    if (s.hasServices) {
      return "services: matching Kubernetes Services needs their endpoints, which offline input does not have";
    }
    if (!s.nets.isEmpty()) {
      if (peer.ips().isEmpty()) {
        return "nets " + Engine.describeNets(s.nets) + ": " + peer.display() + " has no known IP";
      }
      if (!anyIn(peer.ips(), s.nets)) {
        return "nets " + Engine.describeNets(s.nets) + " do not hold " + peer.ips().get(0);
      }
    }
    if (!s.notNets.isEmpty() && anyIn(peer.ips(), s.notNets)) {
      return "notNets " + Engine.describeNets(s.notNets) + " hold " + peer.ips().get(0);
    }
    if (s.selector != null && !matches(engine.selectorMatches(s), peer)) {
      return "selector " + s.selector.print() + " does not match " + peer.display();
    }
    if (s.notSelector != null && matches(engine.notSelectorMatches(s), peer)) {
      return "notSelector " + s.notSelector.print() + " matches " + peer.display();
    }
    return null;
  }

  /** Whether the side's fields other than ports match the peer, without building a message. */
  static boolean peerMatches(RuleSide s, Peer peer, Engine engine) {
    if (s.hasServices) {
      return false;
    }
    if (!s.nets.isEmpty() && (peer.ips().isEmpty() || !anyIn(peer.ips(), s.nets))) {
      return false;
    }
    if (!s.notNets.isEmpty() && anyIn(peer.ips(), s.notNets)) {
      return false;
    }
    if (s.selector != null && !matches(engine.selectorMatches(s), peer)) {
      return false;
    }
    return s.notSelector == null || !matches(engine.notSelectorMatches(s), peer);
  }

  private static boolean matches(BitSet bits, Peer peer) {
    if (peer.endpoint() != null && bits.get(peer.endpoint().id())) {
      return true;
    }
    for (EndpointData set : peer.networkSets()) {
      if (bits.get(set.id())) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyIn(List<NetAddr> ips, List<NetPrefix> nets) {
    for (NetAddr ip : ips) {
      for (NetPrefix n : nets) {
        if (n.contains(ip)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean anyPort(List<Port> ports, Packet p, Peer peer) {
    for (Port port : ports) {
      if (port.isNamed()) {
        if (peer.endpoint() == null) {
          continue;
        }
        for (NamedPort n : peer.endpoint().namedPorts()) {
          if (n.name().equals(port.name().orElse("")) && n.protocol() == p.protocol() && n.port() == p.port()) {
            return true;
          }
        }
      } else if (port.min().isPresent()) {
        if (p.port() >= port.min().get() && p.port() <= port.max().orElse(port.min().get())) {
          return true;
        }
      }
    }
    return false;
  }
}
