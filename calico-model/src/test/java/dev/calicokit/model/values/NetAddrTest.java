package dev.calicokit.model.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The methods of Go's netip.Addr, as NetAddr answers them. */
class NetAddrTest {
  private static NetAddr a(String s) {
    return IpParser.parseAddr(s).orElseThrow();
  }

  @ParameterizedTest(name = "{0}: unspecified {1}, loopback {2}, multicast {3}, link-local multicast {4},"
      + " link-local unicast {5}, global unicast {6}")
  @CsvSource(delimiter = '|', textBlock = """
      0.0.0.0           | true  | false | false | false | false | false
      ::                | true  | false | false | false | false | false
      127.0.0.2         | false | true  | false | false | false | false
      ::1               | false | true  | false | false | false | false
      ::2               | false | false | false | false | false | true
      ::ffff:127.0.0.1  | false | true  | false | false | false | false
      224.0.0.1         | false | false | true  | true  | false | false
      224.0.1.1         | false | false | true  | false | false | false
      ff02::1           | false | false | true  | true  | false | false
      ff12::1           | false | false | true  | true  | false | false
      169.254.169.254   | false | false | false | false | true  | false
      fe80::1           | false | false | false | false | true  | false
      fec0::1           | false | false | false | false | false | true
      255.255.255.255   | false | false | false | false | false | false
      192.168.0.1       | false | false | false | false | false | true
      fd00::1           | false | false | false | false | false | true
      """)
  void classifiesAsGo(String text, boolean unspecified, boolean loopback, boolean multicast,
      boolean linkLocalMulticast, boolean linkLocalUnicast, boolean globalUnicast) {
    NetAddr x = a(text);
    assertThat(x.isUnspecified()).isEqualTo(unspecified);
    assertThat(x.isLoopback()).isEqualTo(loopback);
    assertThat(x.isMulticast()).isEqualTo(multicast);
    assertThat(x.isLinkLocalMulticast()).isEqualTo(linkLocalMulticast);
    assertThat(x.isLinkLocalUnicast()).isEqualTo(linkLocalUnicast);
    assertThat(x.isGlobalUnicast()).isEqualTo(globalUnicast);
  }

  @Test
  void familiesAndMapping() {
    assertThat(a("10.0.0.1").is4()).isTrue();
    assertThat(a("10.0.0.1").bitLen()).isEqualTo(32);
    NetAddr mapped = a("::ffff:10.0.0.1");
    assertThat(mapped.is6()).isTrue();
    assertThat(mapped.is4In6()).isTrue();
    assertThat(mapped.unmap()).isEqualTo(a("10.0.0.1"));
    assertThat(a("::10.0.0.1").is4In6()).isFalse();
    assertThat(a("10.0.0.1").unmap()).isEqualTo(a("10.0.0.1"));
  }

  @Test
  void zonesCountInEqualityAndCanBeDropped() {
    NetAddr zoned = a("fe80::1%eth0");
    assertThat(zoned.zone()).isEqualTo("eth0");
    assertThat(zoned).isNotEqualTo(a("fe80::1"));
    assertThat(zoned.withoutZone()).isEqualTo(a("fe80::1")).hasSameHashCodeAs(a("fe80::1"));
  }

  @Test
  void stringIsRfc5952AsGoWritesIt() {
    assertThat(a("2001:0db8:0000:0000:0000:ff00:0042:8329")).hasToString("2001:db8::ff00:42:8329");
    assertThat(a("1:0:0:2:0:0:0:3")).hasToString("1:0:0:2::3"); // the longest run
    assertThat(a("1:0:0:2:0:0:3:4")).hasToString("1::2:0:0:3:4"); // the first of equal runs
    assertThat(a("1:0:2:3:4:5:6:7")).hasToString("1:0:2:3:4:5:6:7"); // one zero group stays
  }

  @Test
  void prefixMasksAndBytesAreCopies() {
    assertThat(a("10.1.2.3").prefix(16)).hasToString("10.1.0.0/16");
    assertThat(a("fe80::1%eth0").prefix(64)).hasToString("fe80::/64");
    assertThatThrownBy(() -> a("10.0.0.1").prefix(33)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("33");
    byte[] b = a("10.0.0.1").bytes();
    b[0] = 99;
    assertThat(a("10.0.0.1").bytes()[0]).isEqualTo((byte) 10);
    assertThat(NetAddr.fromBytes(new byte[] {10, 0, 0, 1})).isEqualTo(a("10.0.0.1"));
    assertThatThrownBy(() -> NetAddr.fromBytes(new byte[5])).hasMessageContaining("4 or 16 bytes");
  }
}
