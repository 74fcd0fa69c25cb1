package dev.calicokit.builders.internal;

import dev.calicokit.model.values.Cidr;

import dev.calicokit.builders.Options;

import dev.calicokit.model.schema.Release;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;

/** flannel, canal's networking: its image per Calico minor, its network, and (with etcd) its setup Job. */
final class Flannel {
  /** The etcd client image of the configure-canal Job, the same in every release. */
  private static final String ETCDCTL_IMAGE = "quay.io/coreos/etcd:v3.5.1";

  private Flannel() {}

  /** The pod network flannel carves node subnets from: the IPv4 pool CIDR when given. */
  static String network(Config c) {
    return c.get(Options.IPV4_POOL_CIDR).map(Cidr::text).orElse("10.244.0.0/16");
  }

  /** canal with etcd: a one-off Job that writes flannel's network configuration into etcd. */
  static Job configureJob(Config c) {
    String cm = c.configMapName();
    return new JobBuilder()
        .withMetadata(K8s.namespaced("configure-canal", "canal"))
        .withNewSpec().withNewTemplate()
          .withNewMetadata().withName("configure-canal").endMetadata()
          .withNewSpec()
            .withNodeSelector(K8s.map("kubernetes.io/os", "linux"))
            .withHostNetwork(true)
            .withRestartPolicy("OnFailure")
            .addNewContainer().withName("configure-flannel").withImage(ETCDCTL_IMAGE)
              .withCommand("etcdctl", "--no-sync", "set", "/coreos.com/network/config",
                  "{ \"Network\": \"" + network(c) + "\", \"Backend\": {\"Type\": \"vxlan\"} }")
              .withEnv(K8s.fromConfig("ETCDCTL_PEERS", cm, "etcd_endpoints"), K8s.fromConfig("ETCDCTL_CACERT", cm, "etcd_ca"))
              .withVolumeMounts(K8s.mount("/calico-secrets", "etcd-certs"))
            .endContainer()
            .withVolumes(new io.fabric8.kubernetes.api.model.VolumeBuilder().withName("etcd-certs").withNewSecret()
                .withSecretName("calico-etcd-secrets").endSecret().build())
          .endSpec()
        .endTemplate().endSpec()
        .build();
  }

  static String defaultImage(Versions.Version v) {
    if (v.before(Release.V3_25)) {
      return "quay.io/coreos/flannel";
    }
    return v.before(Release.V3_26) ? "docker.io/flannelcni/flannel" : "docker.io/flannel/flannel";
  }

  static String defaultTag(Versions.Version v) {
    if (v.before(Release.V3_25)) {
      return "v0.15.1";
    }
    if (v.before(Release.V3_26)) {
      return "v0.16.3";
    }
    if (v.before(Release.V3_28)) {
      return "v0.21.3";
    }
    return v.before(Release.V3_29) ? "v0.24.3" : "v0.24.4";
  }
}
