package dev.calicokit.policy.internal;

/**
 * A connection's first packet: source, destination, protocol number, destination port (-1 none), ICMP
 * type and code (-1 none), IP version (4 where no address says otherwise).
 */
public record Packet(Peer source, Peer destination, int protocol, int port, int icmpType, int icmpCode, int ipVersion) {
  Packet withPort(int newPort) {
    return new Packet(source, destination, protocol, newPort, icmpType, icmpCode, ipVersion);
  }

  Packet withProtocol(int newProtocol, int newPort) {
    return new Packet(source, destination, newProtocol, newPort, icmpType, icmpCode, ipVersion);
  }

  Packet withDestination(Peer newDestination) {
    return new Packet(source, newDestination, protocol, port, icmpType, icmpCode, ipVersion);
  }

  Packet withSource(Peer newSource) {
    return new Packet(newSource, destination, protocol, port, icmpType, icmpCode, ipVersion);
  }
}
