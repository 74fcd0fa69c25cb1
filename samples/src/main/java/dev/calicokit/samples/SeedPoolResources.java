package dev.calicokit.samples;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.ObjectMeta;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.FelixConfiguration;
import dev.calicokit.model.calico.FelixConfigurationSpec;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.LogSeverity;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import java.math.BigDecimal;
import java.util.List;

/**
 * Renders, as YAML, the Calico resources of the cluster the project started from: its default IPv4
 * pool (10.0.0.0/16 with IP-in-IP, as the seed walk-through sets it), a Felix configuration and a
 * global default-deny policy that still lets every pod resolve names through kube-dns.
 */
public final class SeedPoolResources {
  private SeedPoolResources() {}

  /** The resources, built as typed objects. */
  public static List<CalicoResource> resources() {
    IPPool pool = IPPool.ofCidr("default-ipv4-ippool", "10.0.0.0/16");
    pool = pool.withSpec(pool.spec()
        .withIpipMode(EncapsulationMode.ALWAYS)
        .withVxlanMode(EncapsulationMode.NEVER)
        .withNatOutgoing(true)
        .withBlockSize(26));

    FelixConfiguration felix = FelixConfiguration.builder()
        .metadata(ObjectMeta.named("default"))
        .spec(FelixConfigurationSpec.builder()
            .logSeverityScreen(LogSeverity.INFO)
            .reportingInterval(dev.calicokit.model.values.GoDuration.parse("0s"))
            .bpfEnabled(false)
            .build())
        .build();

    Rule allowDns = Rule.allow()
        .withProtocol(Protocol.UDP)
        .withDestination(EntityRule.selecting("k8s-app == 'kube-dns'").withPorts(Port.number(53)));
    GlobalNetworkPolicy deny = GlobalNetworkPolicy.defaultDeny("default-deny", dev.calicokit.model.values.Selector.of(
        "projectcalico.org/namespace not in {'kube-system', 'calico-system'}"));
    deny = deny.withSpec(deny.spec().withOrder(new BigDecimal("2000")).withEgress(allowDns));

    return List.of(pool, felix, deny);
  }

  /** Prints the resources as multi-document YAML on standard output. */
  public static void main(String[] args) {
    System.out.print(CalicoCodec.yaml().writeAll(resources()));
  }
}
