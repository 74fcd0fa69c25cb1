package dev.calicokit.builders.internal;

import static dev.calicokit.builders.internal.K8s.env;
import static dev.calicokit.builders.internal.K8s.fromConfig;
import static dev.calicokit.builders.internal.K8s.list;
import static dev.calicokit.model.schema.Release.V3_24;
import static dev.calicokit.model.schema.Release.V3_29;
import static dev.calicokit.model.schema.Release.V3_30;

import dev.calicokit.builders.Component;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.List;

/** The calico-kube-controllers Deployment: one replica, Recreate, since only one may be active. */
final class KubeControllers {
  private KubeControllers() {}

  static Deployment build(Config c) {
    String cm = c.configMapName();
    List<EnvVar> env = new ArrayList<>();
    // The load balancer controller (IP addresses for LoadBalancer services) came with v3.30.
    String lb = c.version.atLeast(V3_30) ? ",loadbalancer" : "";
    if (c.etcd()) {
      env.add(fromConfig("ETCD_ENDPOINTS", cm, "etcd_endpoints"));
      env.add(fromConfig("ETCD_CA_CERT_FILE", cm, "etcd_ca"));
      env.add(fromConfig("ETCD_KEY_FILE", cm, "etcd_key"));
      env.add(fromConfig("ETCD_CERT_FILE", cm, "etcd_cert"));
      // With etcd, Kubernetes policy, namespaces and service accounts are mirrored into the datastore.
      env.add(env("ENABLED_CONTROLLERS", "policy,namespace,serviceaccount,workloadendpoint,node" + lb));
    } else {
      env.add(env("ENABLED_CONTROLLERS", "node" + lb));
      env.add(env("DATASTORE_TYPE", "kubernetes"));
    }
    ContainerBuilder container = new ContainerBuilder().withName("calico-kube-controllers")
        .withImage(c.image(Component.KUBE_CONTROLLERS)).withImagePullPolicy(c.pullPolicy())
        .withEnv(env)
        .withNewLivenessProbe().withNewExec().withCommand("/usr/bin/check-status", "-l").endExec()
          .withPeriodSeconds(10).withInitialDelaySeconds(10).withFailureThreshold(6).withTimeoutSeconds(10)
          .endLivenessProbe()
        .withNewReadinessProbe().withNewExec().withCommand("/usr/bin/check-status", "-r").endExec()
          .withPeriodSeconds(10).endReadinessProbe();
    if (c.etcd()) {
      container.withVolumeMounts(K8s.mount("/calico-secrets", "etcd-certs"));
    }
    if (c.version.atLeast(V3_29)) {
      container.withNewSecurityContext().withRunAsNonRoot(true).endSecurityContext();
    }
    return new DeploymentBuilder()
        .withMetadata(K8s.namespaced("calico-kube-controllers", "calico-kube-controllers"))
        .withNewSpec()
          .withReplicas(1)
          .withSelector(K8s.app("calico-kube-controllers"))
          .withNewStrategy().withType("Recreate").endStrategy()
          .withNewTemplate()
            .withMetadata(K8s.namespaced("calico-kube-controllers", "calico-kube-controllers"))
            .withNewSpec()
              .withNodeSelector(K8s.map("kubernetes.io/os", "linux"))
              .withTolerations(list(
                  K8s.tolerate("CriticalAddonsOnly", "Exists", null),
                  K8s.tolerate("node-role.kubernetes.io/master", null, "NoSchedule"),
                  c.version.atLeast(V3_24) ? K8s.tolerate("node-role.kubernetes.io/control-plane", null, "NoSchedule") : null))
              .withServiceAccountName("calico-kube-controllers")
              .withSecurityContext(c.version.atLeast(V3_29) ? new PodSecurityContextBuilder().withNewSeccompProfile()
                  .withType("RuntimeDefault").endSeccompProfile().build() : null)
              .withPriorityClassName("system-cluster-critical")
              // With etcd it talks to etcd directly, before pod networking is up.
              .withHostNetwork(c.etcd() ? true : null)
              .withContainers(container.build())
              .withVolumes(c.etcd() ? list(K8s.secret("etcd-certs", "calico-etcd-secrets", 0440)) : null)
            .endSpec()
          .endTemplate()
        .endSpec()
        .build();
  }
}
