package dev.calicokit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.HostEndpoint;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.LogSeverity;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.GoDuration;
import dev.calicokit.model.values.IntOrString;
import dev.calicokit.model.values.InvalidAddressException;
import dev.calicokit.model.values.IpAddress;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import dev.calicokit.model.values.Quantity;
import dev.calicokit.model.values.StringBoolean;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The typed values: parsed forms, canonical forms, original text kept, unknown values kept. */
class ValuesTest {
  @Test
  void cidrs() {
    Cidr c = Cidr.parse("10.1.2.3/16");
    assertThat(c.text()).isEqualTo("10.1.2.3/16");
    assertThat(c.canonical()).isEqualTo("10.1.0.0/16");
    assertThat(c.isIpv4()).isTrue();
    assertThat(c.prefixLength()).isEqualTo(16);
    assertThat(Cidr.parse("10.0.0.0/8").contains(c)).isTrue();
    assertThat(Cidr.parse("10.2.0.0/16").contains(c)).isFalse();
    Cidr v6 = Cidr.parse("FD00:0:0:0::1/64");
    assertThat(v6.canonical()).isEqualTo("fd00::/64");
    assertThat(v6.isIpv6()).isTrue();
    assertThat(Cidr.of("10.0.0.0/016").prefixLength()).isEqualTo(16); // Go's net.ParseCIDR reads /016 as /16
    for (String bad : new String[] {"10.0.0.0/33", "10.0.0/8", "010.0.0.0/8", "fd00::/129", "::1::/64", "x"}) {
      assertThat(Cidr.lenient(bad).isValid()).as(bad).isFalse();
      assertThatThrownBy(() -> Cidr.of(bad)).isInstanceOf(InvalidAddressException.class).hasMessageContaining(bad);
    }
  }

  @Test
  void cidrsBuiltInCodeNeedAPrefixLengthButReadOnesKeepTheirText() {
    assertThatThrownBy(() -> Cidr.of("10.42.0.0")).isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("\"10.42.0.0\" has no prefix length").hasMessageContaining("10.42.0.0/32")
        .extracting(e -> ((InvalidAddressException) e).text()).isEqualTo("10.42.0.0");
    assertThatThrownBy(() -> Cidr.parse("fd00::1")).hasMessageContaining("fd00::1/128");
    // Calico reads a bare address where it expects a network as that one address; so does reading.
    Cidr read = Cidr.lenient("192.168.1.1");
    assertThat(read.isValid()).isTrue();
    assertThat(read.prefixLength()).isEqualTo(32);
    assertThat(read.text()).isEqualTo("192.168.1.1");
    assertThat(Cidr.lenient("not a cidr").text()).isEqualTo("not a cidr");
    assertThatThrownBy(() -> Cidr.lenient("x").prefixLength()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"x\"");
  }

  @Test
  void readingKeepsAddressTextsThatCodeWouldRefuse() {
    String yaml = "apiVersion: projectcalico.org/v3\nkind: HostEndpoint\nmetadata:\n  name: h\nspec:\n"
        + "  node: node-1\n  expectedIPs:\n  - 10.0.0.300\n  - fe80::1%eth0\n";
    HostEndpoint h = CalicoCodec.yaml().read(yaml, HostEndpoint.class);
    assertThat(h.spec().expectedIPs()).extracting(IpAddress::isValid).containsExactly(false, false);
    assertThat(CalicoCodec.yaml().write(h)).contains("10.0.0.300", "fe80::1%eth0");
    assertThat(CalicoCodec.yaml().read(CalicoCodec.yaml().write(h), HostEndpoint.class)).isEqualTo(h);
    String pool = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: 10.42.0.0\n";
    IPPool p = CalicoCodec.yaml().read(pool, IPPool.class);
    assertThat(p.spec().cidr().text()).isEqualTo("10.42.0.0");
    assertThat(p.spec().cidr().prefixLength()).isEqualTo(32); // as Calico reads it; the validator judges it
    assertThat(CalicoCodec.yaml().read(CalicoCodec.yaml().write(p), IPPool.class).spec().cidr().text()).isEqualTo("10.42.0.0");
  }

  @Test
  void addresses() {
    assertThat(IpAddress.parse("2001:DB8:0:0:1:0:0:1").canonical()).isEqualTo("2001:db8::1:0:0:1");
    assertThat(IpAddress.parse("::ffff:10.0.0.1").isIpv6()).isTrue();
    assertThat(IpAddress.parse("::ffff:10.0.0.1").canonical()).isEqualTo("::ffff:10.0.0.1");
    assertThat(IpAddress.lenient("300.1.1.1").isValid()).isFalse();
    assertThat(IpAddress.lenient("300.1.1.1").canonical()).isEqualTo("300.1.1.1");
    assertThatThrownBy(() -> IpAddress.of("300.1.1.1")).isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("\"300.1.1.1\"");
    assertThatThrownBy(() -> IpAddress.of("fe80::1%eth0")).hasMessageContaining("fe80::1%eth0"); // no zones
    assertThat(IpAddress.parse("10.0.0.1").bytes().orElseThrow()).containsExactly(10, 0, 0, 1);
  }

  @Test
  void goDurations() {
    assertThat(GoDuration.parse("1m30s").toDuration()).contains(Duration.ofSeconds(90));
    assertThat(GoDuration.parse("1.5h").toDuration()).contains(Duration.ofMinutes(90));
    assertThat(GoDuration.parse("250ms").toDuration()).contains(Duration.ofMillis(250));
    assertThat(GoDuration.parse("0").toDuration()).contains(Duration.ZERO);
    assertThat(GoDuration.of(Duration.ofSeconds(5430)).text()).isEqualTo("1h30m30s");
    assertThat(GoDuration.of("90").isValid()).isFalse();
    assertThat(GoDuration.of("s").isValid()).isFalse();
  }

  @Test
  void portsKeepTheirForm() {
    assertThat(Port.of("8000:8080").isRange()).isTrue();
    assertThat(Port.of("8000:8080").min()).contains(8000);
    assertThat(Port.of("http").isNamed()).isTrue();
    assertThat(Port.of(443L).jsonValue()).isEqualTo(443L);
    assertThat(Port.of("443").jsonValue()).isEqualTo("443");
    assertThat(Port.of("443")).isNotEqualTo(Port.of(443L));
  }

  @Test
  void protocolsIntOrStringsQuantitiesAndFlags() {
    assertThat(Protocol.of("TCP")).isSameAs(Protocol.TCP);
    assertThat(Protocol.of(6L).hasPorts()).isTrue();
    assertThat(Protocol.of("ICMP").hasPorts()).isFalse();
    assertThat(IntOrString.of(5)).isNotEqualTo(IntOrString.of("5"));
    assertThat(Quantity.of("64Mi").toBigDecimal()).contains(BigDecimal.valueOf(64L * 1024 * 1024));
    assertThat(Quantity.of("250m").toBigDecimal().orElseThrow()).isEqualByComparingTo("0.25");
    assertThat(StringBoolean.of("false").asBoolean()).contains(false);
    assertThat(StringBoolean.of(true).isString()).isFalse();
  }

  @Test
  void openEnumsKeepUnknownValues() {
    assertThat(EncapsulationMode.of("Always")).isSameAs(EncapsulationMode.ALWAYS);
    EncapsulationMode future = EncapsulationMode.of("Geneve");
    assertThat(future.isKnown()).isFalse();
    assertThat(future.value()).isEqualTo("Geneve");
    LogSeverity lower = LogSeverity.of("info");
    assertThat(lower.isKnown()).isTrue(); // Calico compares severities without case
    assertThat(lower.value()).isEqualTo("info");
  }
}
