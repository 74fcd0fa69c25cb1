package dev.calicokit.model.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The methods of Go's netip.Prefix, as NetPrefix answers them, and the containment Calico uses. */
class NetPrefixTest {
  private static NetPrefix p(String s) {
    return IpParser.parsePrefix(s).orElseThrow();
  }

  private static NetAddr a(String s) {
    return IpParser.parseAddr(s).orElseThrow();
  }

  @Test
  void keepsHostBitsUntilMasked() {
    NetPrefix host = p("10.0.0.1/24");
    assertThat(host.addr()).isEqualTo(a("10.0.0.1"));
    assertThat(host.masked()).isEqualTo(p("10.0.0.0/24"));
    assertThat(host).isNotEqualTo(p("10.0.0.0/24"));
    assertThat(p("2001:db8:1::/32").masked()).hasToString("2001:db8::/32");
    assertThat(p("10.0.0.1/32").isSingleIP()).isTrue();
    assertThat(p("10.0.0.0/31").isSingleIP()).isFalse();
  }

  @Test
  void containsAddressesOfItsFamilyWithoutZone() {
    assertThat(p("192.168.0.0/24").contains(a("192.168.0.1"))).isTrue();
    assertThat(p("192.168.0.0/24").contains(a("192.168.1.1"))).isFalse();
    assertThat(p("10.0.0.0/8").contains(a("::ffff:10.0.0.1"))).isFalse(); // a mapped address is IPv6
    assertThat(p("fe80::/10").contains(a("fe80::1%eth0"))).isFalse();
    assertThat(p("0.0.0.0/0").contains(a("255.255.255.255"))).isTrue();
  }

  @Test
  void containsAndOverlapsPrefixes() {
    assertThat(p("10.0.0.0/8").contains(p("10.1.0.0/16"))).isTrue();
    assertThat(p("10.1.0.0/16").contains(p("10.0.0.0/8"))).isFalse();
    assertThat(p("192.168.1.0/24").contains(p("192.168.2.0/24"))).isFalse();
    assertThat(p("10.0.0.0/8").contains(p("::/0"))).isFalse();
    assertThat(p("10.1.0.0/16").overlaps(p("10.0.0.0/8"))).isTrue();
    assertThat(p("10.0.0.0/8").overlaps(p("11.0.0.0/8"))).isFalse();
    assertThat(p("0.0.0.0/0").overlaps(p("::/0"))).isFalse();
  }

  @Test
  void lengthsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> NetPrefix.of(a("10.0.0.0"), 33)).hasMessageContaining("33");
    assertThatThrownBy(() -> NetPrefix.of(a("::"), -1)).hasMessageContaining("-1");
    assertThat(NetPrefix.of(a("fe80::1%eth0"), 64)).hasToString("fe80::1/64"); // the zone is dropped, as Go does
  }
}
