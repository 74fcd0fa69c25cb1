package dev.calicokit.benchmarks;

import dev.calicokit.model.ObjectMeta;
import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.GlobalNetworkPolicySpec;
import dev.calicokit.model.calico.ICMPFields;
import dev.calicokit.model.calico.NetworkPolicy;
import dev.calicokit.model.calico.NetworkPolicySpec;
import dev.calicokit.model.calico.PolicyType;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.calico.StagedNetworkPolicy;
import dev.calicokit.model.calico.StagedNetworkPolicySpec;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import dev.calicokit.model.values.Selector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A file of many varied network policies (namespaced, global and staged; selectors, ports, protocols,
 * ICMP, CIDRs), built with the model's builders from a fixed seed, so that every run sees the same
 * bytes. Run as a program to write one: {@code java -cp benchmarks.jar dev.calicokit.benchmarks.PolicyCorpus 10000 OUT}.
 */
public final class PolicyCorpus {
  private static final String[] APPS = {"frontend", "backend", "db", "cache", "queue", "auth", "billing", "search"};
  private static final String[] TIERS_NAMESPACES = {"default", "shop", "payments", "ops", "analytics"};

  private PolicyCorpus() {}

  /** {@code count} policies as one canonical YAML text. */
  public static String yaml(int count) {
    SplittableRandom random = new SplittableRandom(20261125L);
    List<Object> policies = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      switch (i % 5) {
        case 0, 1, 2 -> policies.add(namespaced(i, random));
        case 3 -> policies.add(global(i, random));
        default -> policies.add(staged(i, random));
      }
    }
    return Manifest.of(policies).toYaml();
  }

  private static NetworkPolicy namespaced(int i, SplittableRandom r) {
    String app = APPS[r.nextInt(APPS.length)];
    return NetworkPolicy.builder()
        .metadata(ObjectMeta.named(TIERS_NAMESPACES[r.nextInt(TIERS_NAMESPACES.length)], "allow-" + app + "-" + i))
        .spec(NetworkPolicySpec.builder()
            .order(java.math.BigDecimal.valueOf(100 + r.nextInt(900)))
            .selector(Selector.of("app == '" + app + "'"))
            .addTypes(PolicyType.INGRESS, PolicyType.EGRESS)
            .addIngress(tcpFrom(r), udpFrom(r))
            .addEgress(Rule.allow().withProtocol(Protocol.UDP)
                .withDestination(EntityRule.selecting("k8s-app == 'kube-dns'").withPorts(Port.number(53))))
            .build())
        .build();
  }

  private static GlobalNetworkPolicy global(int i, SplittableRandom r) {
    return GlobalNetworkPolicy.builder()
        .metadata(ObjectMeta.named("global-" + i))
        .spec(GlobalNetworkPolicySpec.builder()
            .order(java.math.BigDecimal.valueOf(r.nextInt(1000)))
            .selector(Selector.of("role in {'worker', 'edge'} && !has(exempt)"))
            .addIngress(Rule.allow().withProtocol(Protocol.ICMP)
                .withIcmp(ICMPFields.builder().type((long) r.nextInt(20)).code((long) r.nextInt(16)).build()))
            .addIngress(Rule.deny().withSource(EntityRule.inNets(cidr(r))))
            .addType(PolicyType.INGRESS)
            .build())
        .build();
  }

  private static StagedNetworkPolicy staged(int i, SplittableRandom r) {
    String app = APPS[r.nextInt(APPS.length)];
    return StagedNetworkPolicy.builder()
        .metadata(ObjectMeta.named(TIERS_NAMESPACES[r.nextInt(TIERS_NAMESPACES.length)], "staged-" + app + "-" + i))
        .spec(StagedNetworkPolicySpec.builder()
            .selector(Selector.of("app == '" + app + "' && tier starts with 'web'"))
            .addIngress(tcpFrom(r))
            .addType(PolicyType.INGRESS)
            .build())
        .build();
  }

  private static Rule tcpFrom(SplittableRandom r) {
    int low = 1024 + r.nextInt(30000);
    return Rule.allow().withProtocol(Protocol.TCP)
        .withSource(EntityRule.selecting("app == '" + APPS[r.nextInt(APPS.length)] + "'")
            .withNamespaceSelector(Selector.of("team == 'shop'")))
        .withDestination(EntityRule.builder().addPorts(Port.number(80 + r.nextInt(9000)), Port.range(low, low + r.nextInt(100)),
            Port.named("http")).build());
  }

  private static Rule udpFrom(SplittableRandom r) {
    return Rule.allow().withProtocol(Protocol.UDP)
        .withSource(EntityRule.inNets(cidr(r)).withNotPorts(Port.number(1 + r.nextInt(1000))));
  }

  private static String cidr(SplittableRandom r) {
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + ".0/24";
  }

  /** Writes {@code args[0]} policies to the file {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Files.write(Paths.get(args[1]), yaml(count).getBytes(StandardCharsets.UTF_8));
  }
}
