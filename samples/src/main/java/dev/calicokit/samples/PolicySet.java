package dev.calicokit.samples;

import dev.calicokit.model.ObjectMeta;
import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.GlobalNetworkPolicySpec;
import dev.calicokit.model.calico.NetworkPolicy;
import dev.calicokit.model.calico.NetworkPolicySpec;
import dev.calicokit.model.calico.PolicyType;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.calico.StagedAction;
import dev.calicokit.model.calico.StagedNetworkPolicy;
import dev.calicokit.model.calico.StagedNetworkPolicySpec;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import dev.calicokit.model.values.Selector;
import java.math.BigDecimal;
import java.util.List;

/**
 * A set of network policies written as typed objects: a global default deny for application
 * namespaces, a global rule that lets every pod resolve names, frontend-to-backend traffic on the
 * backend's named port (allowed at both ends), and a staged policy that shows what locking down the backend's egress would do
 * before it is enforced.
 */
public final class PolicySet {
  /** Namespaces that the default deny leaves alone. */
  static final String SYSTEM_NAMESPACES = "projectcalico.org/name not in {'kube-system', 'calico-system', 'tigera-operator'}";

  private PolicySet() {}

  /** The policies, in the order they are best applied. */
  public static List<Object> policies() {
    Selector applications = Selector.of(SYSTEM_NAMESPACES);

    GlobalNetworkPolicy allowDns = GlobalNetworkPolicy.builder()
        .metadata(ObjectMeta.named("allow-dns"))
        .spec(GlobalNetworkPolicySpec.builder()
            .order(new BigDecimal("100"))
            .namespaceSelector(applications)
            .addTypes(PolicyType.EGRESS)
            .addEgress(dnsTo(Protocol.UDP), dnsTo(Protocol.TCP))
            .build())
        .build();

    GlobalNetworkPolicy defaultDeny = GlobalNetworkPolicy.builder()
        .metadata(ObjectMeta.named("default-deny"))
        .spec(GlobalNetworkPolicySpec.builder()
            .order(new BigDecimal("2000"))
            .namespaceSelector(applications)
            .addTypes(PolicyType.INGRESS, PolicyType.EGRESS)
            .build())
        .build();

    NetworkPolicy frontendToBackend = NetworkPolicy.builder()
        .metadata(ObjectMeta.named("shop", "frontend-to-backend"))
        .spec(NetworkPolicySpec.builder()
            .order(new BigDecimal("500"))
            .selector(Selector.of("app == 'backend'"))
            .addTypes(PolicyType.INGRESS)
            .addIngress(Rule.allow()
                .withProtocol(Protocol.TCP)
                .withSource(EntityRule.selecting("app == 'frontend'"))
                .withDestination(EntityRule.builder().addPorts(Port.named("http")).build()))
            .build())
        .build();

    // Under the default deny the frontend's egress must be allowed too: calico-policy's evaluator found the
    // set without this policy denying frontend to backend at the frontend (PlatformNetworkTest).
    NetworkPolicy frontendEgress = NetworkPolicy.builder()
        .metadata(ObjectMeta.named("shop", "frontend-egress-to-backend"))
        .spec(NetworkPolicySpec.builder()
            .order(new BigDecimal("500"))
            .selector(Selector.of("app == 'frontend'"))
            .addTypes(PolicyType.EGRESS)
            .addEgress(Rule.allow()
                .withProtocol(Protocol.TCP)
                .withDestination(EntityRule.selecting("app == 'backend'").withPorts(Port.named("http"))))
            .build())
        .build();

    StagedNetworkPolicy backendEgress = StagedNetworkPolicy.builder()
        .metadata(ObjectMeta.named("shop", "backend-egress-lockdown"))
        .spec(StagedNetworkPolicySpec.builder()
            .stagedAction(StagedAction.SET)
            .order(new BigDecimal("600"))
            .selector(Selector.of("app == 'backend'"))
            .addTypes(PolicyType.EGRESS)
            .addEgress(Rule.allow()
                .withProtocol(Protocol.TCP)
                .withDestination(EntityRule.selecting("app == 'database'").withPorts(Port.number(5432))))
            .addEgress(Rule.deny())
            .build())
        .build();

    return List.of(allowDns, defaultDeny, frontendToBackend, frontendEgress, backendEgress);
  }

  private static Rule dnsTo(Protocol protocol) {
    return Rule.allow()
        .withProtocol(protocol)
        .withDestination(EntityRule.selecting("k8s-app == 'kube-dns'")
            .withNamespaceSelector(Selector.of("projectcalico.org/name == 'kube-system'"))
            .withPorts(Port.number(53)));
  }

  /** Prints the policies as one multi-document YAML text. */
  public static void main(String[] args) {
    System.out.print(Manifest.of(policies()).toYaml());
  }
}
