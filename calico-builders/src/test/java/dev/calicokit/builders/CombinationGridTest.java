package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.schemas.Severity;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Options combined beyond the presets, as the chart allows them, render manifests that the validator
 * accepts with every layer, including the RBAC baseline of the official manifest of the same release
 * (rendered from code: {@link CalicoManifest#official}, given to the validator).
 */
class CombinationGridTest {
  private static final Validator VALIDATOR = Validator.detectingRelease().withOfficialManifests(CalicoManifest::official);
  private static final List<String> VERSIONS = List.of("v3.24.6", "v3.27.5", "v3.29.7", "v3.31.7", "v3.32.1");
  private static final List<Preset> PRESETS = List.of(Preset.CALICO, Preset.CALICO_VXLAN, Preset.CALICO_TYPHA,
      Preset.CALICO_BPF, Preset.CALICO_POLICY_ONLY, Preset.CALICO_ETCD, Preset.CANAL);

  private static int validated;
  private static int refused;

  @org.junit.jupiter.api.AfterAll
  static void printCounts() {
    System.out.printf("combination grid: %d manifests validated clean, %d combinations refused at build()%n", validated, refused);
  }

  private record Edit(String name, UnaryOperator<CalicoManifest.Builder> apply) {}

  private static final List<Edit> EDITS = List.of(
      new Edit("as published", b -> b),
      new Edit("VXLAN + Typha + dual stack + private registry", b -> b
          .ipv4PoolCidr("10.48.0.0/16").ipipMode(EncapsulationMode.NEVER).vxlanMode(EncapsulationMode.CROSS_SUBNET)
          .ipv6PoolCidr("fd00:10:48::/56").ip6AutodetectionMethod("first-found")
          .typha(true).typhaReplicas(3).registry("registry.example.com/mirror")),
      new Edit("IP-in-IP cross-subnet, /24 blocks, MTU 1440, interface detection", b -> b
          .ipv4PoolCidr("192.168.0.0/16").ipv4PoolBlockSize(24).ipipMode(EncapsulationMode.CROSS_SUBNET)
          .vethMtu(1440).ipAutodetectionMethod("interface=eth0")),
      new Edit("Felix settings, node selector, tolerations, resources, pull policy", b -> b
          .felix("LOGSEVERITYSCREEN", "warning").felix("PROMETHEUSMETRICSENABLED", "true")
          .nodeSelector(Map.of("node-role.example.com/network", "true"))
          .tolerate("dedicated")
          .nodeResources(Map.of("cpu", "300m", "memory", "256Mi"), Map.of("memory", "1Gi"))
          .imagePullPolicy("Always")));

  @TestFactory
  Stream<DynamicTest> everyCombinationValidatesClean() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String version : VERSIONS) {
      for (Preset preset : PRESETS) {
        for (Edit edit : EDITS) {
          tests.add(DynamicTest.dynamicTest(version + " " + preset + ": " + edit.name(), () -> {
            CalicoManifest.Builder b = edit.apply().apply(CalicoManifest.builder().version(version).preset(preset));
            Manifest m;
            try {
              m = b.build();
            } catch (InvalidOptionsException contradiction) {
              // Some edits do not fit some presets (pool options with host-local IPAM, say): build() says so.
              assertThat(contradiction.getMessage()).startsWith("invalid manifest options");
              refused++;
              return;
            }
            ValidationReport report = VALIDATOR.validate(m.toYaml());
            assertThat(report.findings(Severity.ERROR)).as(report.toText()).isEmpty();
            assertThat(report.findings()).noneMatch(f -> f.rule().equals("manifest.rbac-baseline-unavailable"));
            validated++;
          }));
        }
      }
    }
    return tests.stream();
  }
}
