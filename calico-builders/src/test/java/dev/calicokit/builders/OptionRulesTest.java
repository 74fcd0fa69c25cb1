package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.builders.internal.Config;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.values.Cidr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link OptionRules} on options that break it and on the nearest options that do not:
 * the rule finds its problem, and no other rule fires on the same options.
 */
class OptionRulesTest {
  /** Per rule: options that break it, and options close to them that keep it. */
  private static final Map<String, List<UnaryOperator<CalicoManifest.Builder>>> CASES = new LinkedHashMap<>();

  static {
    cases("options.block-size-range", b -> b.ipv4PoolBlockSize(33), b -> b.ipv4PoolBlockSize(26));
    cases("options.mtu-range", b -> b.vethMtu(100), b -> b.vethMtu(1450));
    cases("options.typha-replicas-range", b -> b.typha(true).typhaReplicas(-1), b -> b.typha(true).typhaReplicas(0));
    cases("options.preset-release", b -> b.version("v3.21.1").preset(Preset.CANAL), b -> b.version("v3.21.1"));
    cases("options.etcd-with-kubernetes", b -> b.etcdEndpoints("https://10.0.0.1:2379"),
        b -> b.etcdEndpoints(Options.ETCD_ENDPOINTS_PLACEHOLDER));
    cases("options.etcd-half-key-pair", b -> b.preset(Preset.CALICO_ETCD).etcdTls(null, "cert", null),
        b -> b.preset(Preset.CALICO_ETCD).etcdTls(null, "cert", "key"));
    cases("options.ipip-with-vxlan", b -> b.vxlanMode(EncapsulationMode.ALWAYS),
        b -> b.vxlanMode(EncapsulationMode.ALWAYS).ipipMode(EncapsulationMode.NEVER));
    cases("options.encapsulation-without-calico-network", b -> b.preset(Preset.CANAL).vxlan(true),
        b -> b.preset(Preset.CANAL).vxlan(false));
    cases("options.ipip-without-bgp", b -> b.preset(Preset.CALICO_VXLAN).vxlanMode(EncapsulationMode.NEVER)
        .ipipMode(EncapsulationMode.ALWAYS), b -> b.preset(Preset.CALICO_VXLAN).ipipMode(EncapsulationMode.NEVER));
    cases("options.bpf-with-etcd", b -> b.preset(Preset.CALICO_ETCD).bpf(true), b -> b.preset(Preset.CALICO_ETCD));
    cases("options.bpf-with-flannel", b -> b.preset(Preset.CANAL).bpf(true), b -> b.preset(Preset.CANAL));
    cases("options.pools-with-host-local", b -> b.ipam(Ipam.HOST_LOCAL).ipv4PoolCidr("10.0.0.0/16"),
        b -> b.ipam(Ipam.HOST_LOCAL));
    cases("options.ipv6-block-size-without-pool", b -> b.ipv6PoolBlockSize(122),
        b -> b.ipv6PoolBlockSize(122).ipv6PoolCidr("fd00:10::/64"));
    cases("options.pool-cidr", b -> b.ipv4PoolCidr(Cidr.of("10.0.0.0/28")), b -> b.ipv4PoolCidr(Cidr.of("10.0.0.0/26")));
    cases("options.autodetection-method", b -> b.ipAutodetectionMethod("nic=eth0"),
        b -> b.ipAutodetectionMethod("interface=eth0"));
    cases("options.ipv6-autodetection-without-pool", b -> b.ip6AutodetectionMethod("first-found"),
        b -> b.ip6AutodetectionMethod("first-found").ipv6PoolCidr("fd00:10::/64"));
    cases("options.unread-without-calico-network", b -> b.preset(Preset.CANAL).ipAutodetectionMethod("first-found"),
        b -> b.preset(Preset.CANAL).ipv4PoolCidr("10.32.0.0/16"));
    cases("options.typha-with-etcd", b -> b.preset(Preset.CALICO_ETCD).typha(true), b -> b.preset(Preset.CALICO_ETCD));
    cases("options.workload-options-with-crds-preset", b -> b.preset(Preset.CRDS).vethMtu(1450),
        b -> b.preset(Preset.CRDS).imagePullPolicy(PullPolicy.ALWAYS));
    cases("options.typha-replicas-without-typha", b -> b.typhaReplicas(3), b -> b.typha(true).typhaReplicas(3));
    cases("options.v3-crds-release", b -> b.version("v3.31.7").useV3Crds(true), b -> b.version("v3.32.1").useV3Crds(true));
    cases("options.crds-with-etcd", b -> b.preset(Preset.CALICO_ETCD).includeCrds(true),
        b -> b.preset(Preset.CALICO_ETCD).includeCrds(false));
  }

  private static void cases(String id, UnaryOperator<CalicoManifest.Builder> breaks, UnaryOperator<CalicoManifest.Builder> keeps) {
    CASES.put(id, List.of(breaks, keeps));
  }

  static Stream<Arguments> rules() {
    return OptionRules.all().stream().map(r -> Arguments.of(r.id()));
  }

  @Test
  void everyRuleHasCasesAndEveryCaseARule() {
    assertThat(CASES.keySet()).containsExactlyElementsOf(OptionRules.all().stream().map(OptionRule::id).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void theRuleFindsItsProblemAndOnlyIt(String id) {
    List<UnaryOperator<CalicoManifest.Builder>> c = CASES.get(id);
    assertThat(c).as("cases for %s", id).isNotNull();
    assertThat(firing(c.get(0).apply(CalicoManifest.builder()).options())).as("rules firing").containsExactly(id);
    assertThat(firing(c.get(1).apply(CalicoManifest.builder()).options())).as("rules firing").isEmpty();
  }

  /** The ids of the rules that find a problem, as build() applies them. */
  private static List<String> firing(ManifestOptions options) {
    OptionValues values = resolvedWithoutChecks(options);
    return OptionRules.all().stream().filter(r -> !r.problems(values).isEmpty()).map(OptionRule::id).toList();
  }

  /** The options as the renderer reads them, without the checks that {@link Config#resolve} applies. */
  private static OptionValues resolvedWithoutChecks(ManifestOptions options) {
    Preset preset = options.preset();
    dev.calicokit.model.schema.Release release = dev.calicokit.model.schema.Release.of(options.version()).orElseThrow();
    return new OptionValues() {
      @Override
      public <T> java.util.Optional<T> get(Option<T> option) {
        return options.isGiven(option) ? options.get(option) : option.defaultFor(this);
      }

      @Override
      public boolean isGiven(Option<?> option) {
        return options.isGiven(option);
      }

      @Override
      public Preset preset() {
        return preset;
      }

      @Override
      public dev.calicokit.model.schema.Release release() {
        return release;
      }
    };
  }
}
