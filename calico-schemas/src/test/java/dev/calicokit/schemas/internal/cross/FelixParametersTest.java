package dev.calicokit.schemas.internal.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.schema.Release;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Felix's parameters per release and the values its parsers take. */
class FelixParametersTest {
  @Test
  void namesAreFoundCaseInsensitivelyInTheReleasesThatHaveThem() {
    assertThat(FelixParameters.find("ipinipmtu", Release.V3_32)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("IpInIpMtu"));
    assertThat(FelixParameters.find("PROMETHEUSMETRICSENABLED", Release.V3_24)).isPresent();
    assertThat(FelixParameters.find("PrometheusMetricsEnable", Release.V3_32)).isEmpty();
    assertThat(FelixParameters.find("BPFAttachType", Release.V3_24)).isEmpty();
    assertThat(FelixParameters.find("BPFAttachType", Release.V3_32)).isPresent();
    assertThat(FelixParameters.names(Release.V3_32)).hasSizeGreaterThan(200);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "BPFEnabled|true|", "BPFEnabled|Y|", "BPFEnabled|0|", "BPFEnabled|yesplease|is not a boolean",
      "IpInIpMtu|1440|", "IpInIpMtu|0x5a0|", "IpInIpMtu|14x0|is not a whole number",
      "HealthPort|65536|is outside 0 to 65535", "HealthPort|8080|",
      "IptablesRefreshInterval|90|", "IptablesRefreshInterval|1.5|", "IptablesRefreshInterval|90s|is not a number of seconds",
      "LogSeverityScreen|info|", "LogSeverityScreen|Verbose|is not one of",
      "DefaultEndpointToHostAction|accept|", "DefaultEndpointToHostAction|ALLOW|is not one of",
      "IpInIpTunnelAddr|10.0.0.1|", "IpInIpTunnelAddr|fd00::1|is not an IPv4 address",
      "ExternalNodesCIDRList|10.0.0.0/8, 192.168.0.0/16|", "ExternalNodesCIDRList|10.0.0.0/40|which is not a CIDR",
      "IptablesMarkMask|0xffff0000|", "IptablesMarkMask|0x1ffffffff|is not a 32-bit mark"})
  void valuesAreJudgedByTheParametersOwnParser(String name, String value, String problem) {
    FelixParameters.Parameter p = FelixParameters.find(name, Release.V3_32).orElseThrow();
    if (problem == null) {
      assertThat(p.problem(value)).isEmpty();
    } else {
      assertThat(p.problem(value)).hasValueSatisfying(why -> assertThat(why).contains(problem));
    }
  }

  @Test
  void goIntegersReadInEveryBase() {
    assertThat(FelixParameters.parseGoInt("0x10")).isEqualTo(16);
    assertThat(FelixParameters.parseGoInt("010")).isEqualTo(8);
    assertThat(FelixParameters.parseGoInt("-0b11")).isEqualTo(-3);
    assertThat(FelixParameters.parseGoInt("1_000")).isEqualTo(1000);
    assertThatThrownBy(() -> FelixParameters.parseGoInt("1.0")).isInstanceOf(NumberFormatException.class);
  }
}
