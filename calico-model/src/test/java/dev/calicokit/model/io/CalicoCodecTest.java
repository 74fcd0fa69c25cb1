package dev.calicokit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.internal.Json;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import dev.calicokit.model.yaml.CanonicalYaml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing: YAML through the one canonical writer, JSON as before. */
class CalicoCodecTest {
  private static IPPool pool() {
    IPPool pool = IPPool.ofCidr("default-ipv4-ippool", "10.244.0.0/16");
    return pool.withSpec(pool.spec().withVxlanMode(EncapsulationMode.ALWAYS).withBlockSize(24));
  }

  private static GlobalNetworkPolicy policy() {
    Rule dns = Rule.allow().withProtocol(Protocol.UDP)
        .withDestination(EntityRule.selecting("k8s-app == 'kube-dns'").withPorts(Port.number(53)));
    GlobalNetworkPolicy deny = GlobalNetworkPolicy.defaultDeny("default-deny");
    // "!has(...)" is where Jackson's YAML writer and the canonical one used to part: '...' against "...".
    return deny.withSpec(deny.spec().withEgress(dns)
        .withIngress(Rule.allow().withSource(EntityRule.selecting("!has(quarantine)"))));
  }

  @Test
  void yamlIsTheCanonicalFormOfTheResource() {
    for (CalicoResource r : List.of(pool(), policy())) {
      assertThat(CalicoCodec.yaml().write(r)).isEqualTo(CanonicalYaml.write(Json.mapper().<com.fasterxml.jackson.databind.JsonNode>valueToTree(r)));
      assertThat(CalicoCodec.yaml().write(r)).isEqualTo(Manifest.of(List.of(r)).toYaml());
    }
    assertThat(CalicoCodec.yaml().write(policy())).contains("selector: \"!has(quarantine)\"");
  }

  @Test
  void severalResourcesAreTheCanonicalManifestOfThem() {
    List<CalicoResource> all = List.of(pool(), policy());
    String yaml = CalicoCodec.yaml().writeAll(all);
    assertThat(yaml).isEqualTo(Manifest.of(all).toYaml());
    assertThat(Manifest.read(yaml).toYaml()).isEqualTo(yaml);
    assertThat(CalicoCodec.yaml().readAll(yaml)).isEqualTo(all);
    assertThat(CalicoCodec.yaml().writeAll(List.of())).isEmpty();
  }

  @Test
  void jsonIsWrittenAsBefore() {
    assertThat(CalicoCodec.json().write(pool())).isEqualTo("{\n"
        + "  \"apiVersion\" : \"projectcalico.org/v3\",\n"
        + "  \"kind\" : \"IPPool\",\n"
        + "  \"metadata\" : {\n"
        + "    \"name\" : \"default-ipv4-ippool\"\n"
        + "  },\n"
        + "  \"spec\" : {\n"
        + "    \"cidr\" : \"10.244.0.0/16\",\n"
        + "    \"vxlanMode\" : \"Always\",\n"
        + "    \"blockSize\" : 24\n"
        + "  }\n"
        + "}\n");
  }
}
