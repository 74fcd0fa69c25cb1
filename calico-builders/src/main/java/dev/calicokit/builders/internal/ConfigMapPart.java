package dev.calicokit.builders.internal;

import dev.calicokit.builders.Options;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** calico-config (canal-config for canal): the settings the other parts read through configMapKeyRef. */
final class ConfigMapPart {
  private ConfigMapPart() {}

  static ConfigMap build(Config c) {
    Map<String, String> data = new LinkedHashMap<>();
    if (c.etcd()) {
      data.put("etcd_endpoints", c.value(Options.ETCD_ENDPOINTS));
      // With TLS material the files live in the etcd Secret, mounted at /calico-secrets.
      data.put("etcd_ca", c.get(Options.ETCD_CA).orElse(null) == null ? "" : "/calico-secrets/etcd-ca");
      data.put("etcd_cert", c.get(Options.ETCD_CERT).orElse(null) == null ? "" : "/calico-secrets/etcd-cert");
      data.put("etcd_key", c.get(Options.ETCD_KEY).orElse(null) == null ? "" : "/calico-secrets/etcd-key");
    }
    if (c.bpf()) {
      // Filled in by the user with the API server's real address: eBPF replaces kube-proxy.
      data.put("kubernetes_service_host", "");
      data.put("kubernetes_service_port", "");
    }
    data.put("typha_service_name", c.typha() ? "calico-typha" : "none");
    if (c.canal()) {
      data.put("canal_iface", "");
      data.put("masquerade", "true");
    } else if (!c.policyOnly()) {
      data.put("calico_backend", c.backend());
    }
    data.put("veth_mtu", Integer.toString(c.value(Options.VETH_MTU)));
    data.put("cni_network_config", CniConfig.render(c));
    if (c.canal() && !c.etcd()) {
      // With etcd, flannel reads its network from etcd instead (see the configure-canal Job).
      data.put("net-conf.json", "{\n  \"Network\": \"" + Flannel.network(c)
          + "\",\n  \"Backend\": {\n    \"Type\": \"vxlan\"\n  }\n}\n");
    }
    return new ConfigMapBuilder().withMetadata(K8s.namespaced(c.configMapName())).withData(data).build();
  }
}
