package dev.calicokit.builders.internal;

import dev.calicokit.builders.Options;

import static dev.calicokit.builders.internal.K8s.env;
import static dev.calicokit.builders.internal.K8s.list;
import static dev.calicokit.builders.internal.K8s.when;
import static dev.calicokit.model.schema.Release.V3_25;
import static dev.calicokit.model.schema.Release.V3_26;
import static dev.calicokit.model.schema.Release.V3_29;

import dev.calicokit.builders.Component;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** Typha, the fan-out proxy between the datastore and many calico-node agents: Service and Deployment. */
final class Typha {
  private Typha() {}

  static PodDisruptionBudget disruptionBudget() {
    return Workloads.disruptionBudget("calico-typha");
  }

  static Service service() {
    return new ServiceBuilder()
        .withMetadata(K8s.namespaced("calico-typha", "calico-typha"))
        .withNewSpec()
          .withPorts(new ServicePortBuilder().withPort(5473).withProtocol("TCP")
              .withTargetPort(new IntOrString("calico-typha")).withName("calico-typha").build())
          .withSelector(K8s.map("k8s-app", "calico-typha"))
        .endSpec()
        .build();
  }

  static Deployment deployment(Config c) {
    boolean graceful = c.version.atLeast(V3_25);
    return new DeploymentBuilder()
        .withMetadata(K8s.namespaced("calico-typha", "calico-typha"))
        .withNewSpec()
          .withReplicas(c.value(Options.TYPHA_REPLICAS))
          .withRevisionHistoryLimit(2)
          .withSelector(K8s.app("calico-typha"))
          // v3.25 on: replace all Typhas at once so that agents rebalance to new ones quickly.
          .withStrategy(graceful ? new io.fabric8.kubernetes.api.model.apps.DeploymentStrategyBuilder()
              .withNewRollingUpdate().withMaxSurge(new IntOrString("100%")).withMaxUnavailable(new IntOrString(1))
              .endRollingUpdate().withType("RollingUpdate").build() : null)
          .withNewTemplate()
            .withNewMetadata().withLabels(K8s.map("k8s-app", "calico-typha"))
              .withAnnotations(K8s.map("cluster-autoscaler.kubernetes.io/safe-to-evict", "true")).endMetadata()
            .withNewSpec()
              .withNodeSelector(K8s.map("kubernetes.io/os", "linux"))
              .withHostNetwork(true)
              .withTerminationGracePeriodSeconds(graceful ? 300L : null)
              .withTolerations(list(K8s.tolerate("CriticalAddonsOnly", "Exists", null),
                  // v3.26.2 on: Typha runs on tainted nodes too, as calico-node does.
                  when(c.version.atLeast(V3_26, 2), K8s.tolerate(null, "Exists", "NoSchedule")),
                  when(c.version.atLeast(V3_26, 2), K8s.tolerate(null, "Exists", "NoExecute"))))
              .withServiceAccountName(c.nodeName())
              .withPriorityClassName("system-cluster-critical")
              .withSecurityContext(new PodSecurityContextBuilder().withFsGroup(65534L)
                  .withSeccompProfile(c.version.atLeast(V3_29)
                      ? new io.fabric8.kubernetes.api.model.SeccompProfileBuilder().withType("RuntimeDefault").build() : null)
                  .build())
              .addNewContainer()
                .withImage(c.image(Component.TYPHA)).withImagePullPolicy(c.pullPolicy()).withName("calico-typha")
                .addNewPort().withContainerPort(5473).withName("calico-typha").withProtocol("TCP").endPort()
                .withEnvFrom(K8s.servicesEndpoint())
                .withEnv(list(env("TYPHA_LOGSEVERITYSCREEN", "info"), env("TYPHA_LOGFILEPATH", "none"),
                    env("TYPHA_LOGSEVERITYSYS", "none"), env("TYPHA_CONNECTIONREBALANCINGMODE", "kubernetes"),
                    env("TYPHA_DATASTORETYPE", "kubernetes"), env("TYPHA_HEALTHENABLED", "true"),
                    when(graceful, env("TYPHA_SHUTDOWNTIMEOUTSECS", "300")),
                    // With host-local IPAM, Typha (like calico-node) takes pod CIDRs from the nodes.
                    when(c.value(Options.IPAM) == dev.calicokit.builders.Ipam.HOST_LOCAL, env("USE_POD_CIDR", "true"))))
                .withNewLivenessProbe().withNewHttpGet().withPath("/liveness").withPort(new IntOrString(9098))
                  .withHost("localhost").endHttpGet().withPeriodSeconds(30).withInitialDelaySeconds(30)
                  .withTimeoutSeconds(10).endLivenessProbe()
                .withNewSecurityContext().withRunAsNonRoot(true).withAllowPrivilegeEscalation(false).endSecurityContext()
                .withNewReadinessProbe().withNewHttpGet().withPath("/readiness").withPort(new IntOrString(9098))
                  .withHost("localhost").endHttpGet().withPeriodSeconds(10).withTimeoutSeconds(10).endReadinessProbe()
              .endContainer()
            .endSpec()
          .endTemplate()
        .endSpec()
        .build();
  }
}
