package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The builder: options beyond the presets, contradictions, versions; the official manifests. */
class CalicoManifestTest {
  @Test
  void handEditsLandWhereUsersPutThem() {
    Manifest m = CalicoManifest.builder().version("v3.32.1").preset(Preset.CALICO_VXLAN)
        .ipv4PoolCidr("10.0.0.0/16").ipv4PoolBlockSize(24).ipv6PoolCidr("fd00:10::/64")
        .ipAutodetectionMethod("interface=eth0").vethMtu(1450).felix("LOGSEVERITYSCREEN", "debug")
        .typha(true).typhaReplicas(3).registry("registry.example.com/calico")
        .build();
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).hasValue("10.0.0.0/16");
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_BLOCK_SIZE")).hasValue("24");
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV6POOL_CIDR")).hasValue("fd00:10::/64");
    assertThat(m.env("calico-node", "calico-node", "IP6")).hasValue("autodetect");
    assertThat(m.env("calico-node", "calico-node", "FELIX_IPV6SUPPORT")).hasValue("true");
    // Dual stack also needs calico-ipam to assign both families; a single-stack render leaves the flags out.
    JsonNode ipam = m.cniNetworkConfig().orElseThrow().tree().path("plugins").path(0).path("ipam");
    assertThat(ipam.path("type").asText()).isEqualTo("calico-ipam");
    assertThat(ipam.path("assign_ipv4").asText()).isEqualTo("true");
    assertThat(ipam.path("assign_ipv6").asText()).isEqualTo("true");
    assertThat(CalicoManifest.builder().version("v3.32.1").ipv4PoolCidr("10.0.0.0/16").build().cniNetworkConfig()
        .orElseThrow().tree().path("plugins").path(0).path("ipam").has("assign_ipv6")).isFalse();
    assertThat(m.env("calico-node", "calico-node", "IP_AUTODETECTION_METHOD")).hasValue("interface=eth0");
    assertThat(m.env("calico-node", "calico-node", "FELIX_LOGSEVERITYSCREEN")).hasValue("debug");
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_VXLAN")).hasValue("CrossSubnet");
    assertThat(m.configMapData("calico-config")).containsEntry("veth_mtu", "1450").containsEntry("typha_service_name", "calico-typha");
    assertThat(m.find(io.fabric8.kubernetes.api.model.apps.Deployment.class, "calico-typha").orElseThrow()
        .getSpec().getReplicas()).isEqualTo(3);
    assertThat(m.containers("calico-node")).allSatisfy(c -> assertThat(c.getImage()).startsWith("registry.example.com/calico/"));
  }

  @Test
  void contradictionsFailSayingWhichAndWhy() {
    assertThatThrownBy(() -> CalicoManifest.builder().ipipMode(EncapsulationMode.ALWAYS)
        .vxlanMode(EncapsulationMode.CROSS_SUBNET).build())
        .hasMessageContaining("ipipMode Always and vxlanMode CrossSubnet");
    assertThatThrownBy(() -> CalicoManifest.builder().preset(Preset.CALICO_BPF).datastore(Datastore.ETCD).build())
        .hasMessageContaining("bpf with datastore etcd");
    assertThatThrownBy(() -> CalicoManifest.builder().ipam(Ipam.HOST_LOCAL).ipv4PoolCidr("10.0.0.0/16").build())
        .hasMessageContaining("host-local");
    assertThatThrownBy(() -> CalicoManifest.builder().typhaReplicas(3).build())
        .hasMessageContaining("Typha is not enabled");
    assertThatThrownBy(() -> CalicoManifest.builder().version("v3.28.5").preset(Preset.CALICO_V3_CRDS).build())
        .hasMessageContaining("v3.32");
  }

  @Test
  void everyProblemIsListedOnItsOwnInATypedException() {
    assertThatThrownBy(() -> CalicoManifest.builder().ipipMode(EncapsulationMode.ALWAYS)
        .vxlanMode(EncapsulationMode.ALWAYS).typhaReplicas(2).build())
        .isInstanceOfSatisfying(InvalidOptionsException.class, e -> {
          assertThat(e.problems()).hasSize(2);
          assertThat(e.problems().get(0)).contains("ipipMode Always and vxlanMode Always");
          assertThat(e.problems().get(1)).contains("Typha is not enabled");
          assertThat(e.getMessage()).startsWith("invalid manifest options: ").contains("; ");
        });
    assertThatThrownBy(() -> CalicoManifest.builder().version("v9.9.9").build())
        .isInstanceOfSatisfying(InvalidOptionsException.class,
            e -> assertThat(e.problems()).singleElement().asString().contains("unsupported Calico version"));
    assertThatThrownBy(() -> ChartValues.forBuilder(CalicoManifest.builder()).apply("vethMtu", "auto"))
        .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("vethMtu must be a whole number");
    assertThatThrownBy(() -> ChartValues.forBuilder(CalicoManifest.builder()).apply("vethMtu", "12").builder().build())
        .isInstanceOf(InvalidOptionsException.class).hasMessageContaining("vethMtu must be 0");
    assertThatThrownBy(() -> ChartValues.forBuilder(CalicoManifest.builder()).apply("typha.enable", "true"))
        .isInstanceOf(InvalidOptionsException.class);
  }

  @Test
  void unsupportedVersionsListTheSupportedOnes() {
    assertThatThrownBy(() -> CalicoManifest.builder().version("v3.23.1").build())
        .hasMessageContaining("unsupported Calico version 'v3.23.1'").hasMessageContaining("v3.21.1, v3.24.0");
    assertThat(CalicoManifest.supportedVersions()).contains("v3.21.1", "v3.24.6", "v3.32.1").doesNotContain("v3.21.0");
    assertThat(CalicoManifest.supportedVersions()).hasSize(55)
        .isEqualTo(dev.calicokit.model.schema.CalicoRelease.all().stream().map(r -> r.label()).toList());
  }

  @Test
  void aMinorVersionMeansItsNewestPatch() {
    assertThat(CalicoManifest.builder().version("v3.28").build().toYaml())
        .isEqualTo(CalicoManifest.builder().version("v3.28.5").build().toYaml());
  }

  @Test
  void otherPatchesDifferOnlyInImageTags() {
    Manifest m = CalicoManifest.builder().version("v3.28.2").build();
    assertThat(m.containers("calico-node").get(0).getImage()).isEqualTo("docker.io/calico/cni:v3.28.2");
    Manifest old = CalicoManifest.builder().version("v3.24.6").build();
    assertThat(old.containers("calico-node").get(0).getImage()).isEqualTo("docker.io/calico/cni:v3.24.5");
  }

  @Test
  void addressesAreCheckedAsCalicoNodeWouldReadThem() {
    assertThat(problems(CalicoManifest.builder().ipv4PoolCidr("10.0.0.0/33"))).containsExactly(
        "ipv4PoolCidr '10.0.0.0/33' is not an IPv4 CIDR such as 10.244.0.0/16");
    assertThat(problems(CalicoManifest.builder().ipv4PoolCidr("10.0.0.0"))).singleElement().asString()
        .startsWith("ipv4PoolCidr '10.0.0.0' is not an IPv4 CIDR");
    assertThat(problems(CalicoManifest.builder().ipv4PoolCidr("fd00::/64").ipv6PoolCidr("10.1.0.0/16"))).containsExactly(
        "ipv4PoolCidr 'fd00::/64' is an IPv6 CIDR; ipv6PoolCidr takes that family",
        "ipv6PoolCidr '10.1.0.0/16' is an IPv4 CIDR; ipv4PoolCidr takes that family");
    assertThat(problems(CalicoManifest.builder().ipv4PoolCidr("10.0.0.0/28"))).containsExactly(
        "ipv4PoolCidr 10.0.0.0/28 is smaller than one IPAM block (/26): give a prefix of /26 or shorter,"
            + " or a ipv4PoolBlockSize of at least 28");
    assertThat(problems(CalicoManifest.builder().ipv6PoolCidr("fd00::/124").ipv6PoolBlockSize(122))).singleElement()
        .asString().startsWith("ipv6PoolCidr fd00::/124 is smaller than one IPAM block (/122)");
    assertThat(problems(CalicoManifest.builder().ipAutodetectionMethod("eth0"))).singleElement().asString()
        .startsWith("ipAutodetectionMethod 'eth0' is not a method calico-node knows: first-found,");
    assertThat(problems(CalicoManifest.builder().ipAutodetectionMethod("cidr=10.0.0.0/8,10.1.0.0"))).containsExactly(
        "ipAutodetectionMethod 'cidr=10.0.0.0/8,10.1.0.0': '10.1.0.0' is not a CIDR");
    assertThat(problems(CalicoManifest.builder().ip6AutodetectionMethod("first-found"))).singleElement().asString()
        .startsWith("ip6AutodetectionMethod without ipv6PoolCidr");
    // Every form calico-node knows, and a pool exactly one block large, pass.
    for (String method : List.of("first-found", "kubernetes-internal-ip", "can-reach=8.8.8.8", "interface=eth.*,ens.*",
        "skip-interface=docker.*", "cidr=10.0.0.0/8,192.168.0.0/16")) {
      assertThat(CalicoManifest.builder().ipAutodetectionMethod(method).build()
          .env("calico-node", "calico-node", "IP_AUTODETECTION_METHOD")).hasValue(method);
    }
    assertThat(CalicoManifest.builder().ipv4PoolCidr("10.0.0.0/26").build()
        .env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).hasValue("10.0.0.0/26");
  }

  @Test
  void optionsThatNothingWouldReadFail() {
    assertThat(problems(CalicoManifest.builder().preset(Preset.CRDS).typha(true).ipv4PoolCidr("10.0.0.0/16")))
        .containsExactly("typha.enabled, ipv4PoolCidr with preset crds: it renders the CRDs alone, no workload would"
            + " carry them");
    assertThat(problems(CalicoManifest.builder().preset(Preset.CRDS).includeCrds(false))).containsExactly(
        "includeCRDs=false with preset crds: there would be nothing to render");
    assertThat(problems(CalicoManifest.builder().preset(Preset.CANAL).ipAutodetectionMethod("first-found")))
        .singleElement().asString().startsWith("ipAutodetectionMethod with network flannel: flannel routes pod traffic");
    assertThat(problems(CalicoManifest.builder().preset(Preset.CALICO_POLICY_ONLY).ipv4PoolCidr("10.0.0.0/16")))
        .singleElement().asString().startsWith("ipv4PoolCidr with network none: a policy-only cluster");
    assertThat(problems(CalicoManifest.builder().preset(Preset.CALICO_ETCD).typha(true))).containsExactly(
        "Typha with datastore etcd: Typha fans out the Kubernetes API datastore only");
    // canal takes the IPv4 pool CIDR as flannel's network.
    assertThat(CalicoManifest.builder().preset(Preset.CANAL).ipv4PoolCidr("10.32.0.0/16").build()
        .configMapData("canal-config").get("net-conf.json")).contains("\"Network\": \"10.32.0.0/16\"");
  }

  /** The problems build() reports, one each. */
  private static List<String> problems(CalicoManifest.Builder b) {
    try {
      b.build();
    } catch (InvalidOptionsException e) {
      return e.problems();
    }
    return List.of();
  }

  @Test
  void resourcesSelectorAndTolerations() {
    Manifest m = CalicoManifest.builder().nodeResources(Map.of("cpu", "500m"), Map.of("memory", "1Gi"))
        .nodeSelector(Map.of("pool", "infra")).tolerate("dedicated").build();
    var ds = m.find(io.fabric8.kubernetes.api.model.apps.DaemonSet.class, "calico-node").orElseThrow();
    var pod = ds.getSpec().getTemplate().getSpec();
    assertThat(pod.getNodeSelector()).containsExactly(Map.entry("pool", "infra"));
    assertThat(pod.getTolerations()).hasSize(4);
    assertThat(pod.getContainers().get(0).getResources().getLimits().get("memory").toString()).isEqualTo("1Gi");
  }

  /**
   * {@link CalicoManifest#official}, the validator's RBAC baseline: the release's newest patch rendered
   * with the variant's preset and no other option (which FidelityTest shows equal to Calico's file), and
   * nothing where Calico ships no such file.
   */
  @Test
  void officialIsTheNewestPatchRenderedWithThePresetAlone() {
    Manifest official = CalicoManifest.official(Release.V3_32.newestPatch(), "calico-vxlan").orElseThrow();
    Manifest rendered = CalicoManifest.builder().version("v3.32.1").preset(Preset.CALICO_VXLAN).build();
    assertThat(official.toYaml()).isEqualTo(rendered.toYaml());
    assertThat(CalicoManifest.official(Release.V3_21.newestPatch(), "calico").orElseThrow().toYaml())
        .isEqualTo(CalicoManifest.builder().version("v3.21.1").preset(Preset.CALICO).build().toYaml());
  }

  @Test
  void officialWithoutCrdsIsTheOfficialManifestLessItsCrds() {
    for (CalicoRelease release : java.util.List.of(Release.V3_21.newestPatch(), Release.V3_26.newestPatch(),
        Release.V3_32.newestPatch())) {
      for (Preset preset : Preset.values()) {
        Optional<Manifest> whole = CalicoManifest.official(release, preset.fileName());
        Optional<Manifest> lean = CalicoManifest.officialWithoutCrds(release, preset.fileName());
        assertThat(lean.isPresent()).as("%s %s", release, preset).isEqualTo(whole.isPresent());
        whole.ifPresent(w -> assertThat(lean.orElseThrow().documents().stream().map(ManifestDocument::toYaml))
            .as("%s %s", release, preset)
            .containsExactlyElementsOf(w.documents().stream().filter(d -> !d.kind().equals("CustomResourceDefinition"))
                .map(ManifestDocument::toYaml).toList()));
      }
    }
  }

  @Test
  void officialIsEmptyWhereCalicoShipsNoSuchFile() {
    assertThat(CalicoManifest.official(Release.V3_21.newestPatch(), "canal")).isEmpty();
    assertThat(CalicoManifest.official(Release.V3_32.newestPatch(), "no-such-variant")).isEmpty();
  }
}
