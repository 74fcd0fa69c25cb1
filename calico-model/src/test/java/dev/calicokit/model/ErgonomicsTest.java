package dev.calicokit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.calico.Action;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.PolicyType;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import org.junit.jupiter.api.Test;

/** Builders, copy-with and the convenience factories, as a user writes them. */
class ErgonomicsTest {
  @Test
  void aPoolFromACidrWithCopyWithEdits() {
    IPPool pool = IPPool.ofCidr("default-ipv4-ippool", "10.244.0.0/16");
    IPPool vxlan = pool.withSpec(pool.spec().withVxlanMode(EncapsulationMode.ALWAYS).withBlockSize(24L));
    assertThat(pool.spec().vxlanMode()).isEmpty(); // the original is unchanged
    assertThat(CalicoCodec.yaml().write(vxlan)).isEqualTo(
        "apiVersion: projectcalico.org/v3\n"
            + "kind: IPPool\n"
            + "metadata:\n"
            + "  name: default-ipv4-ippool\n"
            + "spec:\n"
            + "  cidr: 10.244.0.0/16\n"
            + "  vxlanMode: Always\n"
            + "  blockSize: 24\n");
    assertThatThrownBy(() -> IPPool.ofCidr("bad", "10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
  }

  @Test
  void rulesAndADefaultDenyPolicy() {
    Rule dns = Rule.allow()
        .withProtocol(Protocol.UDP)
        .withDestination(EntityRule.selecting("k8s-app == 'kube-dns'").withPorts(Port.number(53)));
    GlobalNetworkPolicy deny = GlobalNetworkPolicy.defaultDeny("default-deny");
    GlobalNetworkPolicy withDns = deny.withSpec(deny.spec().withEgress(dns));
    assertThat(withDns.spec().types()).containsExactly(PolicyType.INGRESS, PolicyType.EGRESS);
    assertThat(withDns.spec().egress().get(0).action()).isEqualTo(Action.ALLOW);
    String yaml = CalicoCodec.yaml().write(withDns);
    assertThat(yaml).contains("selector: all()", "- Ingress", "protocol: UDP", "- 53");
    assertThat(CalicoCodec.yaml().read(yaml)).isEqualTo(withDns);
    assertThat(Rule.deny().action()).isEqualTo(Action.DENY);
    assertThat(EntityRule.inNets("10.0.0.0/8", "192.168.1.1/32").nets()).extracting(Cidr::isValid).containsOnly(true);
    assertThatThrownBy(() -> EntityRule.inNets("10.0.0.0/8", "192.168.1.1")).hasMessageContaining("192.168.1.1");
  }

  @Test
  void requiredFieldsAreCheckedAtBuildNamingTheField() {
    assertThatThrownBy(() -> Rule.builder().build()).hasMessageContaining("action");
    assertThatThrownBy(() -> IPPool.builder().build()).hasMessageContaining("spec");
  }

  @Test
  void theSameTypeWritesEitherGroup() {
    IPPool pool = IPPool.ofCidr("p", "fd00::/48");
    IPPool stored = pool.withApiVersion("crd.projectcalico.org/v1");
    assertThat(CalicoCodec.yaml().write(stored)).startsWith("apiVersion: crd.projectcalico.org/v1\nkind: IPPool\n");
    dev.calicokit.model.calico.IPAMConfiguration ipam = dev.calicokit.model.calico.IPAMConfiguration.builder()
        .metadata(ObjectMeta.named("default"))
        .spec(dev.calicokit.model.calico.IPAMConfigurationSpec.builder().strictAffinity(false).autoAllocateBlocks(true).build())
        .build();
    assertThat(ipam.kind()).isEqualTo("IPAMConfiguration");
    assertThat(ipam.withApiVersion("crd.projectcalico.org/v1").kind()).isEqualTo("IPAMConfig");
  }
}
