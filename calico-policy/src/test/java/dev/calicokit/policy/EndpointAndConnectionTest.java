package dev.calicokit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.values.IpAddress;
import dev.calicokit.model.values.Protocol;
import org.junit.jupiter.api.Test;

/** The forms the command line takes for endpoints and connections. */
class EndpointAndConnectionTest {
  @Test
  void endpointsParseAndPrintBack() {
    assertThat(Endpoint.parse("shop/frontend")).isEqualTo(Endpoint.workload("shop", "frontend"));
    assertThat(Endpoint.parse("shop/db[StatefulSet]")).hasToString("shop/db[StatefulSet]");
    assertThat(Endpoint.parse("hostendpoint/node1-eth0")).isEqualTo(Endpoint.host("node1-eth0"));
    assertThat(Endpoint.parse("10.0.0.1")).isEqualTo(Endpoint.address(IpAddress.of("10.0.0.1")));
    assertThatThrownBy(() -> Endpoint.parse("frontend")).hasMessageContaining("expected NAMESPACE/NAME");
  }

  @Test
  void connectionsParseAndPrintBack() {
    assertThat(Connection.parse("8080/TCP")).isEqualTo(Connection.tcp(8080)).hasToString("8080/TCP");
    assertThat(Connection.parse("53/udp")).isEqualTo(Connection.udp(53));
    assertThat(Connection.parse("ICMP/8/0")).isEqualTo(Connection.icmp(8, 0)).hasToString("ICMP/8/0");
    assertThat(Connection.parse("47").protocol()).isEqualTo(Protocol.of(47));
    assertThatThrownBy(() -> Connection.parse("70000/TCP")).hasMessageContaining("port 70000 is outside 1..65535");
    assertThatThrownBy(() -> Connection.of(Protocol.ICMP, 80)).hasMessageContaining("ICMP has no ports");
  }
}
