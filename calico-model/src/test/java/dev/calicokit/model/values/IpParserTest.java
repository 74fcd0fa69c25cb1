package dev.calicokit.model.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accepted and rejected forms, each row pinning the behaviour of the Go function it names (Go 1.22 and
 * later {@code net} and {@code net/netip}; {@code k8s.io/utils/net} for the sloppy ones; libcalico-go
 * for ParseCIDROrIP). The result is what the method returns written as netip's {@code String()} writes
 * it (for the CIDR functions: the address with its host bits and the length, the two parts of Go's
 * result), "-" where the Go function fails.
 */
class IpParserTest {

  @ParameterizedTest(name = "{0}(\"{1}\") = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # netip.ParseAddr: IPv4
      ParseAddr       | 1.2.3.4                 | 1.2.3.4
      ParseAddr       | 0.0.0.0                 | 0.0.0.0
      ParseAddr       | 255.255.255.255         | 255.255.255.255
      ParseAddr       | 1.2.3.04                | -
      ParseAddr       | 010.1.1.1               | -
      ParseAddr       | 00.1.1.1                | -
      ParseAddr       | 256.1.1.1               | -
      ParseAddr       | 1.2.3                   | -
      ParseAddr       | 1.2.3.4.5               | -
      ParseAddr       | 1..2.3                  | -
      ParseAddr       | .1.2.3                  | -
      ParseAddr       | 1.2.3.                  | -
      ParseAddr       | ' 1.2.3.4'              | -
      ParseAddr       | 1.2.3.4%eth0            | -
      ParseAddr       | ''                      | -
      ParseAddr       | localhost               | -
      # netip.ParseAddr: IPv6
      ParseAddr       | ::                      | ::
      ParseAddr       | ::1                     | ::1
      ParseAddr       | 2001:DB8::1             | 2001:db8::1
      ParseAddr       | 2001:db8:0:0:1:0:0:1    | 2001:db8::1:0:0:1
      ParseAddr       | 0:0:1:0:0:0:0:0         | 0:0:1::
      ParseAddr       | 0001:0db8::1            | 1:db8::1
      ParseAddr       | 00001::                 | -
      ParseAddr       | 12345::                 | -
      ParseAddr       | 1:2:3:4:5:6:7:8         | 1:2:3:4:5:6:7:8
      ParseAddr       | 1:2:3:4:5:6:7:8:9       | -
      ParseAddr       | 1:2:3:4:5:6:7::         | 1:2:3:4:5:6:7:0
      ParseAddr       | 1:2:3:4:5:6:7:8::       | -
      ParseAddr       | 1::2::3                 | -
      ParseAddr       | :1                      | -
      ParseAddr       | 1:                      | -
      ParseAddr       | 1:::2                   | -
      ParseAddr       | ::1.2.3.4               | ::102:304
      ParseAddr       | 1:2:3:4:5:6:1.2.3.4     | 1:2:3:4:5:6:102:304
      ParseAddr       | 1:2:3:4:5:1.2.3.4       | -
      ParseAddr       | 1.2.3.4::               | -
      ParseAddr       | ::ffff:1.2.3.4          | ::ffff:1.2.3.4
      ParseAddr       | ::FFFF:102:304          | ::ffff:1.2.3.4
      ParseAddr       | ::ffff:1.2.3.04         | -
      ParseAddr       | fe80::1%eth0            | fe80::1%eth0
      ParseAddr       | ::ffff:1.2.3.4%eth0     | ::ffff:1.2.3.4%eth0
      ParseAddr       | fe80::1%                | -
      ParseAddr       | %eth0                   | -
      # net.ParseIP: netip.ParseAddr without zones
      ParseIP         | 1.2.3.4                 | 1.2.3.4
      ParseIP         | 2001:db8::1             | 2001:db8::1
      ParseIP         | ::ffff:1.2.3.4          | ::ffff:1.2.3.4
      ParseIP         | fe80::1%eth0            | -
      ParseIP         | 010.1.1.1               | -
      ParseIP         | 1.2.3.4/32              | -
      # k8s.io/utils/net.ParseIPSloppy: Go 1.16's net.ParseIP
      ParseIPSloppy   | 1.2.3.4                 | 1.2.3.4
      ParseIPSloppy   | 010.1.1.1               | 10.1.1.1
      ParseIPSloppy   | 0000000001.2.3.4        | 1.2.3.4
      ParseIPSloppy   | 256.1.1.1               | -
      ParseIPSloppy   | 1.2.3                   | -
      ParseIPSloppy   | 00001::                 | 1::
      ParseIPSloppy   | 10000::                 | -
      ParseIPSloppy   | ::ffff:010.1.1.1        | ::ffff:10.1.1.1
      ParseIPSloppy   | fe80::1%eth0            | -
      # netip.ParsePrefix
      ParsePrefix     | 10.0.0.0/8              | 10.0.0.0/8
      ParsePrefix     | 10.0.0.1/24             | 10.0.0.1/24
      ParsePrefix     | 1.2.3.4/0               | 1.2.3.4/0
      ParsePrefix     | 1.2.3.4/024             | -
      ParsePrefix     | 1.2.3.4/00              | -
      ParsePrefix     | 1.2.3.4/+8              | -
      ParsePrefix     | 1.2.3.4/-1              | -
      ParsePrefix     | 1.2.3.4/33              | -
      ParsePrefix     | 1.2.3.4/                | -
      ParsePrefix     | 1.2.3.4                 | -
      ParsePrefix     | 1.2.3.4/8/8             | -
      ParsePrefix     | 010.0.0.0/8             | -
      ParsePrefix     | ::/0                    | ::/0
      ParsePrefix     | 2001:DB8::/32           | 2001:db8::/32
      ParsePrefix     | 2001:db8::/129          | -
      ParsePrefix     | 2001:db8::/032          | -
      ParsePrefix     | fe80::1%eth0/64         | -
      ParsePrefix     | ::ffff:10.0.0.0/104     | ::ffff:10.0.0.0/104
      # net.ParseCIDR: the length is read by dtoi, which takes leading zeros
      ParseCIDR       | 1.2.3.4/24              | 1.2.3.4/24
      ParseCIDR       | 1.2.3.4/024             | 1.2.3.4/24
      ParseCIDR       | 1.2.3.4/0000000024      | 1.2.3.4/24
      ParseCIDR       | fd00::/0128             | fd00::/128
      ParseCIDR       | 1.2.3.4/33              | -
      ParseCIDR       | 1.2.3.4/+8              | -
      ParseCIDR       | 1.2.3.4/                | -
      ParseCIDR       | 1.2.3.4                 | -
      ParseCIDR       | 010.0.0.0/8             | -
      ParseCIDR       | fe80::1%eth0/64         | -
      ParseCIDR       | ::ffff:10.0.0.0/104     | ::ffff:10.0.0.0/104
      ParseCIDR       | ::ffff:10.0.0.0/129     | -
      # k8s.io/utils/net.ParseCIDRSloppy: Go 1.16's net.ParseCIDR
      ParseCIDRSloppy | 010.0.0.0/8             | 10.0.0.0/8
      ParseCIDRSloppy | 1.2.3.4/024             | 1.2.3.4/24
      ParseCIDRSloppy | 000fd::/16              | fd::/16
      ParseCIDR       | 000fd::/16              | -
      ParseCIDRSloppy | 10.0.0.0                | -
      ParseCIDRSloppy | 10.0.0.0/33             | -
      ParseCIDRSloppy | fe80::1%eth0/64         | -
      # libcalico-go net.ParseCIDROrIP: net.ParseCIDR, else net.ParseIP as a single-address network
      ParseCIDROrIP   | 10.0.0.0/16             | 10.0.0.0/16
      ParseCIDROrIP   | 10.0.0.0/016            | 10.0.0.0/16
      ParseCIDROrIP   | 10.0.0.1                | 10.0.0.1/32
      ParseCIDROrIP   | fd00::1                 | fd00::1/128
      ParseCIDROrIP   | 10.0.0.0/33             | -
      ParseCIDROrIP   | 010.0.0.1               | -
      ParseCIDROrIP   | fe80::1%eth0            | -
      """)
  void parses(String function, String input, String expected) {
    Optional<?> result = switch (function) {
      case "ParseAddr" -> IpParser.parseAddr(input);
      case "ParseIP" -> IpParser.parseIP(input);
      case "ParseIPSloppy" -> IpParser.parseIPSloppy(input);
      case "ParsePrefix" -> IpParser.parsePrefix(input);
      case "ParseCIDR" -> IpParser.parseCIDR(input);
      case "ParseCIDRSloppy" -> IpParser.parseCIDRSloppy(input);
      case "ParseCIDROrIP" -> IpParser.parseCIDROrIP(input);
      default -> throw new IllegalArgumentException("no parser " + function);
    };
    assertThat(result.map(Object::toString).orElse("-")).isEqualTo(expected);
  }
}
