package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formats are checked as kube-openapi's strfmt checks them, and int32/int64 by range. */
class KubeFormatsTest {
  private static final JsonNodeFactory N = JsonNodeFactory.instance;

  @ParameterizedTest(name = "{0} \"{1}\" is {2}")
  @CsvSource({
      "cidr, 10.0.0.0/8, true",
      "cidr, 10.0.0.1/8, true", // Go keeps host bits
      "cidr, 0.0.0.0/0, true",
      "cidr, fd00::/64, true",
      "cidr, ::ffff:10.0.0.0/104, true",
      "cidr, 10.0.0.0, false",
      "cidr, 10.0.0.0/33, false",
      "cidr, 010.0.0.0/8, true", // strfmt reads CIDRs with ParseCIDRSloppy, which keeps Go 1.16's leading zeros
      "cidr, 10.0.0.0/024, true", // and net.ParseCIDR's prefix length, leading zeros allowed
      "cidr, 10.0.0.0/8/8, false",
      "cidr, fd00::/129, false",
      "cidr, 10.0.0.0/-1, false",
      "cidr, fe80::1%eth0/64, false",
      "date-time, 2025-01-08T11:40:17Z, true",
      "date-time, 2025-01-08t11:40:17z, true",
      "date-time, 2025-01-08T11:40:17.123456789+05:30, true",
      "date-time, 2025-01-08T11:40:17, false", // an offset is required
      "date-time, 2025-01-08 11:40:17Z, false",
      "date-time, 2025-02-30T11:40:17Z, false",
      "date-time, 2025-01-08T23:59:59Z, true",
      "date-time, 2025-01-08T24:00:00Z, false",
      "date, 2024-02-29, true",
      "date, 2025-02-29, false",
      "ipv4, 192.0.2.1, true",
      "ipv4, 192.0.2.256, false",
      "ipv4, ::1, false",
      "ipv4, 192.000.002.001, true", // ParseIPSloppy
      "ipv4, ::ffff:192.0.2.1, true", // any address with a dot
      "ipv6, ::ffff:192.0.2.1, true",
      "ipv6, 2001:db8::01:1, true",
      "ipv6, fe80::1%eth0, false", // net.ParseIP takes no zone
      "ipv6, 0:0:0:0:0:0:0:0:0, false",
      "ipv6, 2001:db8::1, true",
      "ipv6, 192.0.2.1, false",
      "uuid, 123e4567-e89b-12d3-a456-426614174000, true",
      "uuid, 123e4567, false",
      "mac, 00:00:5e:00:53:01, true",
      "mac, 00:00:5e:00:53, false",
      "byte, aGVsbG8=, true",
      "byte, not base64!, false",
      "hostname, node-1.example.com, true",
      "hostname, -bad, false",
  })
  void stringFormats(String format, String value, boolean valid) {
    assertThat(KubeFormats.of(format).orElseThrow().valid().test(N.textNode(value))).isEqualTo(valid);
  }

  @Test
  void integerWidths() {
    var int32 = KubeFormats.of("int32").orElseThrow().valid();
    assertThat(int32.test(N.numberNode(2147483647))).isTrue();
    assertThat(int32.test(N.numberNode(-2147483648))).isTrue();
    assertThat(int32.test(N.numberNode(2147483648L))).isFalse();
    assertThat(int32.test(N.numberNode(-2147483649L))).isFalse();
    var int64 = KubeFormats.of("int64").orElseThrow().valid();
    assertThat(int64.test(N.numberNode(Long.MAX_VALUE))).isTrue();
    assertThat(int64.test(N.numberNode(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)))).isFalse();
    // Other types are the type check's business.
    assertThat(int32.test(N.textNode("x"))).isTrue();
  }

  @Test
  void unknownFormatsAreNotChecked() {
    assertThat(KubeFormats.of("int-or-string")).isEmpty();
    assertThat(KubeFormats.of("email")).isEmpty();
  }
}
