package dev.calicokit.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The connections allowed between two peers: per protocol, its allowed port ranges, merged. Printed as
 * np-guard's netpol-analyzer prints a connection set: {@code All Connections} when TCP, UDP and SCTP are
 * allowed on every port, else the protocols sorted by name, each followed by its ranges
 * ({@code TCP 8080,UDP 53-60}); protocols without ports print their name alone.
 */
public final class ConnectionSet {
  // protocol name -> sorted disjoint ranges [from, to]; an empty list for a protocol without ports
  private final Map<String, List<int[]>> byProtocol = new TreeMap<>();
  private final List<String> portless;

  /** A set over TCP, UDP and SCTP, and the protocols without ports that the listing also covers. */
  public ConnectionSet(List<String> portless) {
    this.portless = List.copyOf(portless);
  }

  /** Adds the ports {@code from..to} of a protocol (merging with what is adjacent). */
  public void add(String protocol, int from, int to) {
    List<int[]> ranges = byProtocol.computeIfAbsent(protocol, k -> new ArrayList<>());
    if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[1] + 1 >= from) {
      int[] last = ranges.get(ranges.size() - 1);
      last[1] = Math.max(last[1], to);
      return;
    }
    ranges.add(new int[] {from, to});
  }

  /** Adds a protocol without ports. */
  public void add(String protocol) {
    byProtocol.computeIfAbsent(protocol, k -> new ArrayList<>());
  }

  public boolean isEmpty() {
    return byProtocol.isEmpty();
  }

  private boolean full(String protocol) {
    List<int[]> r = byProtocol.get(protocol);
    return r != null && r.size() == 1 && r.get(0)[0] == 1 && r.get(0)[1] == 65535;
  }

  @Override
  public String toString() {
    if (full("TCP") && full("UDP") && full("SCTP") && byProtocol.keySet().containsAll(portless)
        && byProtocol.size() == 3 + portless.size()) {
      return "All Connections";
    }
    StringBuilder sb = new StringBuilder();
    byProtocol.forEach((protocol, ranges) -> {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(protocol);
      for (int i = 0; i < ranges.size(); i++) {
        int[] r = ranges.get(i);
        sb.append(i == 0 ? ' ' : ',').append(r[0]);
        if (r[1] != r[0]) {
          sb.append('-').append(r[1]);
        }
      }
    });
    return sb.toString();
  }
}
