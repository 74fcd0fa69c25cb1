package dev.calicokit.schemas.internal.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cel.runtime.CelEvaluationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes CEL library functions as the API server judges them. Facts from Go's net/netip
 * (ParseAddr, ParsePrefix, Addr.String) and k8s.io/apiserver/pkg/cel/library (ip.go, cidr.go, lists.go,
 * regex.go).
 */
class CelLibraryTest {

  private static Object eval(String expression) throws CelEvaluationException {
    CelEnvironment.Compiled c = CelEnvironment.compile(expression);
    assertThat(c.ok()).as(expression + ": " + c.error()).isTrue();
    return c.evaluate(Map.of());
  }

  static Stream<Arguments> cidrs() {
    return Stream.of(
        Arguments.of("10.0.0.0/8", true),
        Arguments.of("10.0.0.1/24", true), // host bits set: ParsePrefix keeps them, the library accepts
        Arguments.of("0.0.0.0/0", true),
        Arguments.of("10.0.0.0/32", true),
        Arguments.of("10.0.0.0/33", false),
        Arguments.of("10.0.0.0/08", false), // leading zero in the length
        Arguments.of("10.0.0.0/+8", false),
        Arguments.of("10.0.0.0/-1", false),
        Arguments.of("10.0.0.0/", false),
        Arguments.of("10.0.0.0", false),
        Arguments.of("010.0.0.0/8", false), // leading zero in an octet
        Arguments.of("10.0.0/8", false),
        Arguments.of("10.0.0.256/32", false),
        Arguments.of(" 10.0.0.0/8", false),
        Arguments.of("", false),
        Arguments.of("::/0", true),
        Arguments.of("2001:db8::/32", true),
        Arguments.of("2001:DB8::/32", true),
        Arguments.of("2001:db8::1/64", true),
        Arguments.of("::1.2.3.4/128", true),
        Arguments.of("2001:db8::/129", false),
        Arguments.of("2001:db8::/032", false),
        Arguments.of("fe80::1%eth0/64", false), // zones are not allowed in a prefix
        Arguments.of("::ffff:10.0.0.0/104", false), // IPv4-mapped IPv6
        Arguments.of("1:2:3:4:5:6:7:8:9/64", false),
        Arguments.of("2001:db8:::/48", false),
        Arguments.of("12345::/16", false));
  }

  @ParameterizedTest(name = "isCIDR(''{0}'') == {1}")
  @MethodSource("cidrs")
  void isCidr(String text, boolean valid) throws Exception {
    assertThat(eval("isCIDR('" + text + "')")).isEqualTo(valid);
    if (!valid) {
      assertThatThrownBy(() -> eval("cidr('" + text + "')")).isInstanceOf(CelEvaluationException.class);
    }
  }

  static Stream<Arguments> ips() {
    return Stream.of(
        Arguments.of("1.2.3.4", true),
        Arguments.of("0.0.0.0", true),
        Arguments.of("255.255.255.255", true),
        Arguments.of("1.2.3.04", false),
        Arguments.of("256.1.1.1", false),
        Arguments.of("1.2.3", false),
        Arguments.of("1.2.3.4.5", false),
        Arguments.of("1..2.3", false),
        Arguments.of("1.2.3.4/32", false),
        Arguments.of("::", true),
        Arguments.of("::1", true),
        Arguments.of("2001:DB8::1", true),
        Arguments.of("0001:0db8::1", true), // four hex digits with leading zeros are fine
        Arguments.of("1:2:3:4:5:6:1.2.3.4", true),
        Arguments.of("::1.2.3.4", true),
        Arguments.of("1:2:3:4:5:6:7::", true),
        Arguments.of("1:2:3:4:5:6:7:8::", false), // :: must stand for at least one group
        Arguments.of("1:2:3:4:5:1.2.3.4", false),
        Arguments.of("1::2::3", false),
        Arguments.of("12345::", false),
        Arguments.of(":1", false),
        Arguments.of("1:", false),
        Arguments.of("fe80::1%eth0", false), // zone
        Arguments.of("::ffff:1.2.3.4", false), // IPv4-mapped IPv6
        Arguments.of("%eth0", false),
        Arguments.of("localhost", false),
        Arguments.of("", false));
  }

  @ParameterizedTest(name = "isIP(''{0}'') == {1}")
  @MethodSource("ips")
  void isIp(String text, boolean valid) throws Exception {
    assertThat(eval("isIP('" + text + "')")).isEqualTo(valid);
  }

  static Stream<Arguments> expressions() {
    return Stream.of(
        // ip
        Arguments.of("ip('10.0.0.1').family()", 4L),
        Arguments.of("ip('::1').family()", 6L),
        Arguments.of("string(ip('2001:DB8:0:0:1:0:0:1'))", "2001:db8::1:0:0:1"),
        Arguments.of("string(ip('0:0:1:0:0:0:0:0'))", "0:0:1::"),
        Arguments.of("string(ip('2001:db8:0:1:1:1:1:1'))", "2001:db8:0:1:1:1:1:1"),
        Arguments.of("string(ip('::1.2.3.4'))", "::102:304"),
        Arguments.of("ip.isCanonical('2001:db8::abcd')", true),
        Arguments.of("ip.isCanonical('2001:DB8::ABCD')", false),
        Arguments.of("ip.isCanonical('2001:db8::0:0:0:abcd')", false),
        Arguments.of("ip.isCanonical('127.0.0.1')", true),
        Arguments.of("ip('10.0.0.1') == ip('10.0.0.1')", true),
        Arguments.of("ip('0.0.0.0').isUnspecified()", true),
        Arguments.of("ip('::').isUnspecified()", true),
        Arguments.of("ip('127.0.0.2').isLoopback()", true),
        Arguments.of("ip('::1').isLoopback()", true),
        Arguments.of("ip('::2').isLoopback()", false),
        Arguments.of("ip('224.0.0.1').isLinkLocalMulticast()", true),
        Arguments.of("ip('224.0.1.1').isLinkLocalMulticast()", false),
        Arguments.of("ip('ff02::1').isLinkLocalMulticast()", true),
        Arguments.of("ip('fd00::1').isLinkLocalMulticast()", false),
        Arguments.of("ip('169.254.169.254').isLinkLocalUnicast()", true),
        Arguments.of("ip('fe80::1').isLinkLocalUnicast()", true),
        Arguments.of("ip('fec0::1').isLinkLocalUnicast()", false),
        Arguments.of("ip('192.168.0.1').isGlobalUnicast()", true), // private addresses count, as in Go
        Arguments.of("ip('255.255.255.255').isGlobalUnicast()", false),
        Arguments.of("ip('2001:db8::abcd').isGlobalUnicast()", true),
        Arguments.of("ip('ff00::1').isGlobalUnicast()", false),
        // cidr
        Arguments.of("cidr('192.168.0.0/24').containsIP(ip('192.168.0.1'))", true),
        Arguments.of("cidr('192.168.0.0/24').containsIP('192.168.1.1')", false),
        Arguments.of("cidr('10.0.0.0/8').containsIP('::1')", false),
        Arguments.of("cidr('2001:db8::/32').containsIP('2001:db8::1')", true),
        Arguments.of("cidr('192.168.0.0/24').containsCIDR(cidr('192.168.0.0/25'))", true),
        Arguments.of("cidr('192.168.0.0/24').containsCIDR('192.168.0.0/23')", false),
        Arguments.of("cidr('192.168.0.0/16').containsCIDR('192.168.10.0/24')", true),
        Arguments.of("cidr('192.168.1.0/24').containsCIDR('192.168.2.0/24')", false),
        Arguments.of("cidr('2001:db8::/32').containsCIDR('2001:db8::/33')", true),
        Arguments.of("cidr('10.0.0.0/8').containsCIDR('::/0')", false),
        Arguments.of("cidr('192.168.0.1/24').ip() == ip('192.168.0.1')", true),
        Arguments.of("cidr('192.168.0.1/24').masked() == cidr('192.168.0.0/24')", true),
        Arguments.of("cidr('192.168.0.1/24') == cidr('192.168.0.0/24')", false),
        Arguments.of("string(cidr('2001:db8:1::/32').masked())", "2001:db8::/32"),
        Arguments.of("string(cidr('2001:DB8::/32'))", "2001:db8::/32"),
        Arguments.of("cidr('::1/128').prefixLength()", 128L),
        Arguments.of("cidr('10.0.0.0/8').ip().family()", 4L),
        // lists
        Arguments.of("[1, 2, 2, 3].isSorted()", true),
        Arguments.of("['b', 'a'].isSorted()", false),
        Arguments.of("[1, 2, 3].sum()", 6L),
        Arguments.of("[1.5, 2.5].sum()", 4.0),
        Arguments.of("[3, 1, 2].min()", 1L),
        Arguments.of("['a', 'c', 'b'].max()", "c"),
        Arguments.of("[1, 2, 1].indexOf(1)", 0L),
        Arguments.of("[1, 2, 1].lastIndexOf(1)", 2L),
        Arguments.of("[1, 2, 1].indexOf(5)", -1L),
        // regex
        Arguments.of("'abc123def456'.find('[0-9]+')", "123"),
        Arguments.of("'abc'.find('[0-9]+')", ""),
        Arguments.of("'a1b2c3'.findAll('[0-9]')", List.of("1", "2", "3")),
        Arguments.of("'a1b2c3'.findAll('[0-9]', 2)", List.of("1", "2")),
        // strings and sets extensions
        Arguments.of("'TCP'.lowerAscii()", "tcp"),
        Arguments.of("'a,b'.split(',')", List.of("a", "b")),
        Arguments.of("['a', 'b'].join('-')", "a-b"),
        Arguments.of("'  x '.trim()", "x"),
        Arguments.of("sets.contains([1, 2, 3], [3, 1])", true),
        // numbers compare across int and double at run time, as in cel-go
        Arguments.of("dyn(1) == 1.0", true));
  }

  @ParameterizedTest(name = "{0} == {1}")
  @MethodSource("expressions")
  void evaluates(String expression, Object expected) throws Exception {
    assertThat(eval(expression)).isEqualTo(expected);
  }

  @Test
  void errorsAsTheLibraryRaisesThem() {
    for (String e : List.of("ip('1.2.3.04')", "cidr('10.0.0.0/33')", "[].min()", "cidr('10.0.0.0/8').containsIP('x')",
        "'a'.find('(')", "ip('fe80::1%eth0')")) {
      assertThatThrownBy(() -> eval(e)).as(e).isInstanceOf(CelEvaluationException.class);
    }
  }

  @Test
  void intOrStringBindsAsItIsWritten() throws Exception {
    CelEnvironment.Compiled number = CelEnvironment.compile("self.protocol == 6");
    CelEnvironment.Compiled name = CelEnvironment.compile("self.protocol == 'TCP'");
    assertThat(number.evaluate(Map.of("protocol", 6L))).isEqualTo(true);
    assertThat(number.evaluate(Map.of("protocol", "TCP"))).isEqualTo(false);
    assertThat(name.evaluate(Map.of("protocol", "TCP"))).isEqualTo(true);
    assertThat(name.evaluate(Map.of("protocol", 6L))).isEqualTo(false);
  }

  @Test
  void transitionRulesAreRecognised() {
    assertThat(CelEnvironment.compile("self == oldSelf").usesOldSelf()).isTrue();
    assertThat(CelEnvironment.compile("self.oldSelf == 1").usesOldSelf()).isFalse();
    assertThat(CelEnvironment.compile("'oldSelf' == self").usesOldSelf()).isFalse();
  }
}
