package dev.calicokit.schemas.internal.calico;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Severity;
import dev.calicokit.schemas.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table of fields checked by their Go tags' validators: each finding at the field's pointer (list
 * items by index), with what was expected; required fields where their holder is present; silent where
 * the CRD schema already refused the value; and the validators themselves as Go's regexps read them.
 */
class FieldRulesTest {
  private static final Validator V3_32 = Validator.forRelease(Release.V3_32);

  private static List<String> errors(String yaml) {
    return V3_32.validate(yaml).findings(Severity.ERROR).stream()
        .map(f -> f.rule() + " " + f.path() + " " + f.message()).toList();
  }

  private static List<Finding> calico(String yaml) {
    return V3_32.validate(yaml).findings(Severity.ERROR).stream().filter(f -> f.rule().startsWith("calico.")).toList();
  }

  @Test
  void felixValuesAreJudgedAtTheirFieldsWithWhatWasExpected() {
    List<String> found = errors("""
        apiVersion: projectcalico.org/v3
        kind: FelixConfiguration
        metadata:
          name: default
        spec:
          defaultEndpointToHostAction: drop
          mtuIfacePattern: "*"
          bpfForceTrackPacketsFromIfaces: [docker+, "cali@1"]
          wireguardRoutingRulePriority: 32766
          prometheusMetricsHost: "localhost#"
        """);
    assertThat(found).containsExactly(
        "calico.field.drop-accept-return /spec/defaultEndpointToHostAction \"drop\" is not valid: expected one of"
            + " Drop, Accept, Return (capitalized)",
        "calico.field.prometheus-host /spec/prometheusMetricsHost \"localhost#\" is not valid: expected a host name"
            + " or IP address of 1 to 64 letters, digits, ':', '.', '_', '+' or '-'",
        "calico.field.iface-filter /spec/bpfForceTrackPacketsFromIfaces/1 \"cali@1\" is not valid: expected an"
            + " interface name or prefix of 1 to 15 letters, digits, ':', '.', '_', '+' or '-' (such as eth+)",
        "calico.field.regexp /spec/mtuIfacePattern \"*\" is not valid: expected a regular expression (Go RE2 syntax)",
        "calico.field.range /spec/wireguardRoutingRulePriority 32766 is out of range: expected 1 to 32765");
  }

  @Test
  void aRequiredFieldIsMissingOnlyWhereItsHolderIsPresent() {
    List<Finding> found = calico("""
        apiVersion: projectcalico.org/v3
        kind: BGPConfiguration
        metadata:
          name: default
        spec:
          communities:
            - value: "100:200"
          prefixAdvertisements:
            - communities: ["100:200"]
        """);
    assertThat(found).extracting(f -> f.rule() + " " + f.path()).contains(
        "calico.field.required /spec/communities/0/name", "calico.field.required /spec/prefixAdvertisements/0/cidr");
    assertThat(calico("""
        apiVersion: projectcalico.org/v3
        kind: BGPConfiguration
        metadata:
          name: default
        spec:
          logSeverityScreen: Info
        """)).isEmpty();
  }

  @Test
  void whereTheCrdRefusedTheValueNothingMoreIsSaid() {
    // The CRD's pattern takes any case of the levels; Verbose fails it, and Calico's own rule stays silent.
    List<String> found = errors("""
        apiVersion: projectcalico.org/v3
        kind: FelixConfiguration
        metadata:
          name: default
        spec:
          logSeverityScreen: Verbose
          logSeverityFile: info
        """);
    assertThat(found).hasSize(2);
    assertThat(found.get(0)).startsWith("schema.pattern /spec/logSeverityScreen");
    assertThat(found.get(1)).startsWith("calico.field.log-level /spec/logSeverityFile \"info\" is not valid");
  }

  @Test
  void listsTaggedUniqueNameTheRepeatedItem() {
    assertThat(errors("""
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata:
          name: hints
        spec:
          performanceHints: [AssumeNeededOnEveryNode, AssumeNeededOnEveryNode]
        """)).containsExactly("calico.field.unique /spec/performanceHints/1 \"AssumeNeededOnEveryNode\" is listed"
            + " twice: each item may appear once");
  }

  @Test
  void theValidatorsReadValuesAsGosRegexpsDo() {
    assertThat(FieldFormat.INTERFACE.accepts("*")).isTrue();
    assertThat(FieldFormat.INTERFACE.accepts("eth0.100")).isTrue();
    assertThat(FieldFormat.INTERFACE.accepts("a-very-long-name0")).isFalse();
    assertThat(FieldFormat.IGNORED_INTERFACE.accepts("*")).isFalse();
    assertThat(FieldFormat.IGNORED_INTERFACE.accepts("veth*")).isTrue();
    assertThat(FieldFormat.BGP_FILTER_INTERFACE.accepts("*.calico")).isTrue();
    assertThat(FieldFormat.REGEXP.accepts("^(eth|ens)[0-9]+$")).isTrue();
    assertThat(FieldFormat.REGEXP.accepts("eth(?=0)")).as("RE2 has no lookahead").isFalse();
    assertThat(FieldFormat.NAME.accepts("a.b-c")).isTrue();
    assertThat(FieldFormat.NAME.accepts(".fun")).isFalse();
    assertThat(FieldFormat.IPV4.accepts("1.2.3.4")).isTrue();
    assertThat(FieldFormat.IPV4.accepts("::1")).isFalse();
    assertThat(FieldFormat.NET.accepts("10.0.0.1")).isTrue();
    assertThat(FieldFormat.NET.accepts("not a cidr")).isFalse();
    assertThat(FieldFormat.REQUIRED.accepts("")).isFalse();
    assertThat(FieldFormat.DROP_ACCEPT_RETURN.rule()).isEqualTo("calico.field.drop-accept-return");
  }
}
