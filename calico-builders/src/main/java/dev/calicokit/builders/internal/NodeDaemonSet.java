package dev.calicokit.builders.internal;


import dev.calicokit.builders.Options;

import static dev.calicokit.builders.internal.K8s.bidirectional;
import static dev.calicokit.builders.internal.K8s.env;
import static dev.calicokit.builders.internal.K8s.fromConfig;
import static dev.calicokit.builders.internal.K8s.fromField;
import static dev.calicokit.builders.internal.K8s.hostPath;
import static dev.calicokit.builders.internal.K8s.list;
import static dev.calicokit.builders.internal.K8s.mount;
import static dev.calicokit.builders.internal.K8s.when;
import static dev.calicokit.model.schema.Release.V3_24;
import static dev.calicokit.model.schema.Release.V3_27;
import static dev.calicokit.model.schema.Release.V3_28;
import static dev.calicokit.model.schema.Release.V3_29;
import static dev.calicokit.model.schema.Release.V3_31;
import static dev.calicokit.model.schema.Release.V3_32;

import dev.calicokit.builders.Component;
import dev.calicokit.builders.Ipam;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The calico-node DaemonSet: CNI install, eBPF bootstrap and the per-node agent on every node. */
final class NodeDaemonSet {
  /** calico-node's CPU request in the chart, replaced as a whole when the user gives requests. */
  private static final dev.calicokit.model.values.Quantity CHART_CPU_REQUEST = dev.calicokit.model.values.Quantity.of("250m");

  private NodeDaemonSet() {}

  static DaemonSet build(Config c) {
    String cm = c.configMapName();
    // Volumes typed DirectoryOrCreate so that the agent starts on hosts without them: from v3.27.4, and in
    // v3.28 from v3.28.1 (v3.28.0 was cut before the change reached its branch).
    String dirOrCreate = c.version.atLeast(V3_27, 4) && !c.version.within(V3_28, 0, 0) ? "DirectoryOrCreate" : null;
    boolean upgradeIpam = c.value(Options.IPAM) == Ipam.CALICO_IPAM && !c.etcd() && !c.canal();
    List<Volume> volumes = list(
        hostPath("lib-modules", "/lib/modules"),
        hostPath("var-run-calico", "/var/run/calico", dirOrCreate),
        hostPath("var-lib-calico", "/var/lib/calico", dirOrCreate),
        hostPath("xtables-lock", "/run/xtables.lock", "FileOrCreate"),
        hostPath(c.version.atLeast(V3_24) ? "sys-fs" : "sysfs", "/sys/fs/", "DirectoryOrCreate"),
        when(c.version.atLeast(V3_24), hostPath("bpffs", "/sys/fs/bpf", "Directory")),
        when(securityFs(c), hostPath("sys-kernel-security", "/sys/kernel/security")),
        when(c.version.atLeast(V3_24), hostPath("nodeproc", "/proc")),
        c.canal() && !c.etcd() ? new io.fabric8.kubernetes.api.model.VolumeBuilder().withName("flannel-cfg")
            .withNewConfigMap().withName(cm).endConfigMap().build() : null,
        when(c.canal() && c.etcd(), hostPath("run-flannel", "/run/flannel")),
        when(c.canal() && c.etcd(), hostPath("resolv", "/etc/resolv.conf")),
        hostPath("cni-bin-dir", "/opt/cni/bin", dirOrCreate),
        hostPath("cni-net-dir", "/etc/cni/net.d"),
        hostPath("cni-log-dir", "/var/log/calico/cni"),
        c.etcd() ? K8s.secret("etcd-certs", "calico-etcd-secrets", 0400) : null,
        when(upgradeIpam, hostPath("host-local-net-dir", "/var/lib/cni/networks")),
        hostPath("policysync", "/var/run/nodeagent", "DirectoryOrCreate"),
        // v3.21: the flex volume driver that gives each pod a policy sync socket.
        when(c.version.before(V3_24), hostPath("flexvol-driver-host",
            "/usr/libexec/kubernetes/kubelet-plugins/volume/exec/nodeagent~uds", "DirectoryOrCreate")));
    List<Container> init = list(
        upgradeIpam ? upgradeIpam(c, cm) : null,
        installCni(c, cm),
        c.version.atLeast(V3_24) ? ebpfBootstrap(c) : flexvolDriver(c));
    Map<String, String> selector = c.get(Options.NODE_SELECTOR).orElse(K8s.map("kubernetes.io/os", "linux"));
    List<Toleration> tolerations = new ArrayList<>(list(
        K8s.tolerate(null, "Exists", "NoSchedule"),
        K8s.tolerate("CriticalAddonsOnly", "Exists", null),
        K8s.tolerate(null, "Exists", "NoExecute")));
    tolerations.addAll(c.get(Options.NODE_TOLERATIONS).orElse(List.of()));
    return new DaemonSetBuilder()
        .withMetadata(K8s.namespaced(c.nodeName(), c.nodeName()))
        .withNewSpec()
          .withSelector(K8s.app(c.nodeName()))
          .withNewUpdateStrategy().withType("RollingUpdate").withNewRollingUpdate()
            .withNewMaxUnavailable(1).endRollingUpdate().endUpdateStrategy()
          .withNewTemplate()
            .withNewMetadata().withLabels(K8s.map("k8s-app", c.nodeName())).endMetadata()
            .withNewSpec()
              .withNodeSelector(selector)
              .withHostNetwork(true)
              .withTolerations(tolerations)
              .withServiceAccountName(c.nodeName())
              .withSecurityContext(c.version.atLeast(V3_29)
                  ? new io.fabric8.kubernetes.api.model.PodSecurityContextBuilder().withNewSeccompProfile()
                      .withType("RuntimeDefault").endSeccompProfile().build() : null)
              // Minimise downtime on rolling upgrade: the pod is force-deleted.
              .withTerminationGracePeriodSeconds(0L)
              .withPriorityClassName("system-node-critical")
              .withInitContainers(init)
              .withContainers(list(node(c, cm), c.canal() ? flannel(c, cm) : null))
              .withVolumes(volumes)
            .endSpec()
          .endTemplate()
        .endSpec()
        .build();
  }

  private static ContainerBuilder container(Config c, String name, Component image) {
    return new ContainerBuilder().withName(name).withImage(c.image(image)).withImagePullPolicy(c.pullPolicy());
  }

  private static List<EnvVar> bpfEnv(Config c, String cm) {
    return c.bpf() ? list(fromConfig("KUBERNETES_SERVICE_HOST", cm, "kubernetes_service_host"),
        fromConfig("KUBERNETES_SERVICE_PORT", cm, "kubernetes_service_port")) : List.of();
  }

  /** Migrates host-local allocations to Calico IPAM; harmless on a fresh cluster. */
  private static Container upgradeIpam(Config c, String cm) {
    List<EnvVar> env = new ArrayList<>(bpfEnv(c, cm));
    env.add(fromField("KUBERNETES_NODE_NAME", "spec.nodeName"));
    env.add(fromConfig("CALICO_NETWORKING_BACKEND", cm, "calico_backend"));
    return container(c, "upgrade-ipam", Component.CNI)
        .withCommand("/opt/cni/bin/calico-ipam", "-upgrade")
        .withEnvFrom(K8s.servicesEndpoint())
        .withEnv(env)
        .withVolumeMounts(mount("/var/lib/cni/networks", "host-local-net-dir"), mount("/host/opt/cni/bin", "cni-bin-dir"))
        .withNewSecurityContext().withPrivileged(true).endSecurityContext()
        .build();
  }

  /** Installs the CNI binaries and the network configuration on the node. */
  private static Container installCni(Config c, String cm) {
    List<EnvVar> env = new ArrayList<>(bpfEnv(c, cm));
    if (c.canal()) {
      env.add(fromField("CALICO_CNI_SERVICE_ACCOUNT", "spec.serviceAccountName"));
    }
    env.add(env("CNI_CONF_NAME", c.canal() ? "10-canal.conflist" : "10-calico.conflist"));
    env.add(fromConfig("CNI_NETWORK_CONFIG", cm, "cni_network_config"));
    if (c.etcd()) {
      env.add(fromConfig("ETCD_ENDPOINTS", cm, "etcd_endpoints"));
      if (c.canal()) {
        env.add(fromConfig("ETCD_CA_CERT_FILE", cm, "etcd_ca"));
        env.add(fromConfig("ETCD_KEY_FILE", cm, "etcd_key"));
        env.add(fromConfig("ETCD_CERT_FILE", cm, "etcd_cert"));
      }
    } else {
      env.add(fromField("KUBERNETES_NODE_NAME", "spec.nodeName"));
    }
    if (!c.policyOnly()) {
      env.add(fromConfig("CNI_MTU", cm, "veth_mtu"));
    }
    env.add(env("SLEEP", "false"));
    List<VolumeMount> mounts = list(mount("/host/opt/cni/bin", "cni-bin-dir"), mount("/host/etc/cni/net.d", "cni-net-dir"),
        c.etcd() ? mount("/calico-secrets", "etcd-certs") : null);
    return container(c, "install-cni", Component.CNI)
        .withCommand("/opt/cni/bin/install")
        .withEnvFrom(K8s.servicesEndpoint())
        .withEnv(env)
        .withVolumeMounts(mounts)
        .withNewSecurityContext().withPrivileged(true).endSecurityContext()
        .build();
  }

  /** Mounts the BPF file system (and, from v3.31, prepares eBPF mode) before the agent starts. */
  private static Container ebpfBootstrap(Config c) {
    return container(c, c.version.atLeast(V3_31) ? "ebpf-bootstrap" : "mount-bpffs", Component.NODE)
        .withCommand("calico-node", "-init", "-best-effort")
        .withVolumeMounts(bidirectional("/sys/fs", "sys-fs"), bidirectional("/var/run/calico", "var-run-calico"),
            mount("/nodeproc", "nodeproc", true))
        .withNewSecurityContext().withPrivileged(true).endSecurityContext()
        .build();
  }

  /** canal: flannel, networking pods with VXLAN from each node's pod CIDR. */
  private static Container flannel(Config c, String cm) {
    if (c.etcd()) {
      return flannelEtcd(c, cm);
    }
    return new ContainerBuilder().withName("kube-flannel").withImage(c.flannelImage()).withImagePullPolicy(c.pullPolicy())
        .withCommand("/opt/bin/flanneld", "--ip-masq", "--kube-subnet-mgr")
        .withNewSecurityContext().withPrivileged(true).endSecurityContext()
        .withEnv(fromField("POD_NAME", "metadata.name"), fromField("POD_NAMESPACE", "metadata.namespace"),
            fromConfig("FLANNELD_IFACE", cm, "canal_iface"), fromConfig("FLANNELD_IP_MASQ", cm, "masquerade"))
        .withVolumeMounts(mount("/run/xtables.lock", "xtables-lock", false),
            new io.fabric8.kubernetes.api.model.VolumeMountBuilder().withName("flannel-cfg")
                .withMountPath("/etc/kube-flannel/").build())
        .build();
  }

  /** canal with etcd: flannel keeps its subnets in etcd, with the same TLS files as Calico. */
  private static Container flannelEtcd(Config c, String cm) {
    return new ContainerBuilder().withName("flannel").withImage(c.flannelImage()).withImagePullPolicy(c.pullPolicy())
        .withEnv(fromConfig("FLANNELD_ETCD_ENDPOINTS", cm, "etcd_endpoints"),
            fromConfig("ETCD_CA_CERT_FILE", cm, "etcd_ca"), fromConfig("ETCD_KEY_FILE", cm, "etcd_key"),
            fromConfig("ETCD_CERT_FILE", cm, "etcd_cert"), fromConfig("FLANNELD_ETCD_CAFILE", cm, "etcd_ca"),
            fromConfig("FLANNELD_ETCD_KEYFILE", cm, "etcd_key"), fromConfig("FLANNELD_ETCD_CERTFILE", cm, "etcd_cert"),
            fromConfig("FLANNELD_IFACE", cm, "canal_iface"), fromConfig("FLANNELD_IP_MASQ", cm, "masquerade"),
            env("FLANNELD_SUBNET_FILE", "/run/flannel/subnet.env"))
        .withNewSecurityContext().withPrivileged(true).endSecurityContext()
        .withVolumeMounts(mount("/etc/resolv.conf", "resolv"), mount("/run/flannel", "run-flannel"),
            mount("/calico-secrets", "etcd-certs"))
        .build();
  }

  /** v3.21: installs the flex volume driver for the policy sync API (Dikastes to Felix). */
  private static Container flexvolDriver(Config c) {
    return container(c, "flexvol-driver", Component.FLEXVOL)
        .withVolumeMounts(new io.fabric8.kubernetes.api.model.VolumeMountBuilder().withName("flexvol-driver-host")
            .withMountPath("/host/driver").build())
        .withNewSecurityContext().withPrivileged(true).endSecurityContext()
        .build();
  }

  private static Container node(Config c, String cm) {
    List<EnvVar> env = new ArrayList<>(bpfEnv(c, cm));
    if (c.bpf()) {
      env.add(env("FELIX_BPFENABLED", "true"));
    }
    if (c.etcd()) {
      env.add(fromConfig("ETCD_ENDPOINTS", cm, "etcd_endpoints"));
      env.add(fromConfig("ETCD_CA_CERT_FILE", cm, "etcd_ca"));
      env.add(fromConfig("ETCD_KEY_FILE", cm, "etcd_key"));
      env.add(fromConfig("ETCD_CERT_FILE", cm, "etcd_cert"));
      env.add(fromField("CALICO_K8S_NODE_REF", "spec.nodeName"));
    } else {
      env.add(env("DATASTORE_TYPE", "kubernetes"));
      if (c.value(Options.IPAM) == Ipam.HOST_LOCAL) {
        env.add(env("USE_POD_CIDR", "true"));
      }
      if (c.typha()) {
        env.add(fromConfig("FELIX_TYPHAK8SSERVICENAME", cm, "typha_service_name"));
      }
      env.add(env("WAIT_FOR_DATASTORE", "true"));
      env.add(fromField("NODENAME", "spec.nodeName"));
    }
    if (c.canal()) {
      env.add(fromField("CALICO_CNI_SERVICE_ACCOUNT", "spec.serviceAccountName"));
      // flannel routes pod traffic; Calico only enforces policy, so no BGP and no node IP of its own.
      env.add(env("CALICO_NETWORKING_BACKEND", "none"));
      env.add(env("CLUSTER_TYPE", "k8s,canal"));
      env.add(env("FELIX_IPTABLESREFRESHINTERVAL", "60"));
      env.add(env("IP", ""));
    } else if (c.policyOnly()) {
      env.add(env("CALICO_NETWORKING_BACKEND", "none"));
      env.add(env("CLUSTER_TYPE", "k8s"));
      // Without Calico networking the CNI configuration is managed by the chart, not by calico-node.
      env.add(env("CALICO_MANAGE_CNI", "false"));
    } else {
      env.add(fromConfig("CALICO_NETWORKING_BACKEND", cm, "calico_backend"));
      env.add(env("CLUSTER_TYPE", "k8s,bgp"));
      c.get(Options.IP_AUTODETECTION_METHOD).ifPresent(m -> env.add(env("IP_AUTODETECTION_METHOD", m)));
      env.add(env("IP", "autodetect"));
      if (c.isGiven(Options.IPV6_POOL_CIDR)) {
        env.add(env("IP6", "autodetect"));
        c.get(Options.IP6_AUTODETECTION_METHOD).ifPresent(m -> env.add(env("IP6_AUTODETECTION_METHOD", m)));
      }
      env.add(env("CALICO_IPV4POOL_IPIP", c.value(Options.IPIP_MODE).value()));
      env.add(env("CALICO_IPV4POOL_VXLAN", c.value(Options.VXLAN_MODE).value()));
      if (c.version.atLeast(V3_24)) {
        env.add(env("CALICO_IPV6POOL_VXLAN", c.value(Options.VXLAN_MODE).value()));
      }
      env.add(fromConfig("FELIX_IPINIPMTU", cm, "veth_mtu"));
      env.add(fromConfig("FELIX_VXLANMTU", cm, "veth_mtu"));
      env.add(fromConfig("FELIX_WIREGUARDMTU", cm, "veth_mtu"));
      c.get(Options.IPV4_POOL_CIDR).ifPresent(cidr -> env.add(env("CALICO_IPV4POOL_CIDR", cidr.text())));
      c.get(Options.IPV4_POOL_BLOCK_SIZE).ifPresent(b -> env.add(env("CALICO_IPV4POOL_BLOCK_SIZE", Integer.toString(b))));
      c.get(Options.IPV6_POOL_CIDR).ifPresent(cidr -> env.add(env("CALICO_IPV6POOL_CIDR", cidr.text())));
      c.get(Options.IPV6_POOL_BLOCK_SIZE).ifPresent(b -> env.add(env("CALICO_IPV6POOL_BLOCK_SIZE", Integer.toString(b))));
    }
    env.add(env("CALICO_DISABLE_FILE_LOGGING", "true"));
    env.add(env("FELIX_DEFAULTENDPOINTTOHOSTACTION", "ACCEPT"));
    env.add(env("FELIX_IPV6SUPPORT", c.isGiven(Options.IPV6_POOL_CIDR) ? "true" : "false"));
    env.add(env("FELIX_HEALTHENABLED", "true"));
    c.get(Options.FELIX).orElse(Map.of()).forEach((k, val) -> {
      env.removeIf(e -> e.getName().equals(k));
      env.add(env(k, val));
    });
    List<String> live = list("/bin/calico-node", "-felix-live", c.bird() ? "-bird-live" : null);
    List<String> ready = list("/bin/calico-node", "-felix-ready", c.bird() ? "-bird-ready" : null);
    Map<String, Quantity> requests = new LinkedHashMap<>();
    c.get(Options.NODE_RESOURCE_REQUESTS).orElse(Map.of("cpu", CHART_CPU_REQUEST))
        .forEach((k, val) -> requests.put(k, new Quantity(val.toString())));
    Map<String, Quantity> limits = new LinkedHashMap<>();
    c.get(Options.NODE_RESOURCE_LIMITS).orElse(Map.of()).forEach((k, val) -> limits.put(k, new Quantity(val.toString())));
    List<VolumeMount> mounts = list(
        mount("/host/etc/cni/net.d", "cni-net-dir", false),
        mount("/lib/modules", "lib-modules", true),
        mount("/run/xtables.lock", "xtables-lock", false),
        mount("/var/run/calico", "var-run-calico", false),
        mount("/var/lib/calico", "var-lib-calico", false),
        c.etcd() ? mount("/calico-secrets", "etcd-certs") : null,
        mount("/var/run/nodeagent", "policysync"),
        c.version.atLeast(V3_24) ? mount("/sys/fs/bpf", "bpffs")
            // v3.21 mounted the parent, Bidirectional, so that a BPF file system mounted there reaches the host.
            : new io.fabric8.kubernetes.api.model.VolumeMountBuilder().withName("sysfs").withMountPath("/sys/fs/")
                .withMountPropagation("Bidirectional").build(),
        when(securityFs(c), mount("/sys/kernel/security", "sys-kernel-security", true)),
        mount("/var/log/calico/cni", "cni-log-dir", true));
    return container(c, "calico-node", Component.NODE)
        .withEnvFrom(K8s.servicesEndpoint())
        .withEnv(env)
        .withNewSecurityContext().withPrivileged(true).endSecurityContext()
        .withResources(new ResourceRequirementsBuilder().withRequests(requests).withLimits(limits.isEmpty() ? null : limits).build())
        .withNewLifecycle().withNewPreStop().withNewExec().withCommand("/bin/calico-node", "-shutdown").endExec()
          .endPreStop().endLifecycle()
        .withNewLivenessProbe().withNewExec().withCommand(live).endExec()
          .withPeriodSeconds(10).withInitialDelaySeconds(10).withFailureThreshold(6).withTimeoutSeconds(10)
          .endLivenessProbe()
        .withReadinessProbe(c.canal()
            // Without BIRD, canal asks Felix's health endpoint directly.
            ? new io.fabric8.kubernetes.api.model.ProbeBuilder().withNewHttpGet().withPath("/readiness")
                .withPort(new io.fabric8.kubernetes.api.model.IntOrString(9099)).withHost("localhost").endHttpGet()
                .withPeriodSeconds(10).withTimeoutSeconds(10).build()
            : new io.fabric8.kubernetes.api.model.ProbeBuilder().withNewExec().withCommand(ready).endExec()
                .withPeriodSeconds(10).withTimeoutSeconds(10).build())
        .withVolumeMounts(mounts)
        .build();
  }

  static boolean v32(Config c) {
    return c.version.atLeast(V3_32);
  }

  /** v3.31.7 alone mounts the host's security file system read-only (for BPF LSM checks); v3.32 does not. */
  private static boolean securityFs(Config c) {
    return c.version.within(V3_31, 7, 7);
  }
}
