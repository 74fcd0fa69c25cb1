package dev.calicokit.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The connection text np-guard prints. */
class ConnectionSetTest {
  @Test
  void protocolsSortedByNameWithMergedRanges() {
    ConnectionSet c = new ConnectionSet(List.of());
    c.add("UDP", 53, 53);
    c.add("UDP", 54, 60);
    c.add("TCP", 8080, 8080);
    c.add("TCP", 9000, 9001);
    assertThat(c).hasToString("TCP 8080,9000-9001,UDP 53-60");
  }

  @Test
  void allConnectionsOnlyWhenEveryCoveredProtocolIsWhollyOpen() {
    ConnectionSet c = new ConnectionSet(List.of());
    for (String p : List.of("TCP", "UDP", "SCTP")) {
      c.add(p, 1, 65535);
    }
    assertThat(c).hasToString("All Connections");
    ConnectionSet withIcmp = new ConnectionSet(List.of("ICMP"));
    for (String p : List.of("TCP", "UDP", "SCTP")) {
      withIcmp.add(p, 1, 65535);
    }
    assertThat(withIcmp).hasToString("SCTP 1-65535,TCP 1-65535,UDP 1-65535");
    withIcmp.add("ICMP");
    assertThat(withIcmp).hasToString("All Connections");
  }
}
