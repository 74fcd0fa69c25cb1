package dev.calicokit.builders.internal;


import dev.calicokit.builders.Options;

import dev.calicokit.builders.Ipam;
import dev.calicokit.model.schema.Release;

/**
 * The CNI network configuration template (calico-config's {@code cni_network_config}): JSON with
 * placeholders that install-cni fills in on each node. Written as text because the chart's layout is
 * part of the value (and {@code "mtu": __CNI_MTU__} is not JSON until filled in).
 */
final class CniConfig {
  private CniConfig() {}

  static String render(Config c) {
    if (c.canal() && c.etcd()) {
      return canalEtcd(c);
    }
    StringBuilder b = new StringBuilder();
    b.append("{\n");
    b.append("  \"name\": \"k8s-pod-network\",\n");
    b.append("  \"cniVersion\": \"").append(cniVersion(c)).append("\",\n");
    b.append("  \"plugins\": [\n");
    b.append("    {\n");
    b.append("      \"type\": \"calico\",\n");
    b.append("      \"log_level\": \"info\",\n");
    b.append("      \"log_file_path\": \"/var/log/calico/cni/cni.log\",\n");
    if (c.etcd()) {
      b.append("      \"etcd_endpoints\": \"__ETCD_ENDPOINTS__\",\n");
      b.append("      \"etcd_key_file\": \"__ETCD_KEY_FILE__\",\n");
      b.append("      \"etcd_cert_file\": \"__ETCD_CERT_FILE__\",\n");
      b.append("      \"etcd_ca_cert_file\": \"__ETCD_CA_CERT_FILE__\",\n");
    } else {
      b.append("      \"datastore_type\": \"kubernetes\",\n");
      b.append("      \"nodename\": \"__KUBERNETES_NODE_NAME__\",\n");
    }
    // Policy-only clusters have no Calico tunnels: the chart fixes the pod MTU at 1500.
    b.append("      \"mtu\": ").append(c.policyOnly() ? "1500" : "__CNI_MTU__").append(",\n");
    b.append("      \"ipam\": {\n");
    if (c.value(Options.IPAM) == Ipam.HOST_LOCAL) {
      b.append("          \"type\": \"host-local\",\n");
      b.append("          \"subnet\": \"usePodCidr\"\n");
    } else if (c.isGiven(Options.IPV6_POOL_CIDR)) {
      // Dual stack: calico-ipam hands out IPv4 only unless told to assign both families (Calico's
      // dual-stack guide makes this edit by hand next to IP6 and FELIX_IPV6SUPPORT).
      b.append("          \"type\": \"calico-ipam\",\n");
      b.append("          \"assign_ipv4\": \"true\",\n");
      b.append("          \"assign_ipv6\": \"true\"\n");
    } else {
      b.append("          \"type\": \"calico-ipam\"\n");
    }
    b.append("      },\n");
    b.append("      \"policy\": {\n");
    b.append("          \"type\": \"k8s\"\n");
    b.append("      },\n");
    b.append("      \"kubernetes\": {\n");
    b.append("          \"kubeconfig\": \"__KUBECONFIG_FILEPATH__\"\n");
    b.append("      }\n");
    b.append("    },\n");
    b.append("    {\n");
    b.append("      \"type\": \"portmap\",\n");
    b.append("      \"snat\": true,\n");
    b.append("      \"capabilities\": {\"portMappings\": true}\n");
    // The bandwidth plugin was dropped from the chain in v3.30.
    if (c.version.before(Release.V3_30)) {
      b.append("    },\n");
      b.append("    {\n");
      b.append("      \"type\": \"bandwidth\",\n");
      b.append("      \"capabilities\": {\"bandwidth\": true}\n");
    }
    b.append("    }\n");
    b.append("  ]\n");
    b.append("}");
    return b.toString();
  }

  /** v3.31.7 alone wrote CNI spec 1.0.0; v3.32 went back to 0.3.1. */
  private static String cniVersion(Config c) {
    return c.version.within(Release.V3_31, 7, 7) ? "1.0.0" : "0.3.1";
  }

  /** canal with etcd: flannel delegates to the calico plugin, in the chart's four-space layout. */
  private static String canalEtcd(Config c) {
    return "{\n"
        + "    \"name\": \"canal\",\n"
        + "    \"cniVersion\": \"" + cniVersion(c) + "\",\n"
        + "    \"plugins\": [\n"
        + "        {\n"
        + "            \"type\": \"flannel\",\n"
        + "            \"delegate\": {\n"
        + "                \"type\": \"calico\",\n"
        + "                \"include_default_routes\": true,\n"
        + "                \"etcd_endpoints\": \"__ETCD_ENDPOINTS__\",\n"
        + "                \"etcd_key_file\": \"__ETCD_KEY_FILE__\",\n"
        + "                \"etcd_cert_file\": \"__ETCD_CERT_FILE__\",\n"
        + "                \"etcd_ca_cert_file\": \"__ETCD_CA_CERT_FILE__\",\n"
        + "                \"log_level\": \"info\",\n"
        + "                \"log_file_path\": \"/var/log/calico/cni/cni.log\",\n"
        + "                \"policy\": {\n"
        + "                    \"type\": \"k8s\",\n"
        + "                    \"k8s_api_root\": \"https://__KUBERNETES_SERVICE_HOST__:__KUBERNETES_SERVICE_PORT__\",\n"
        + "                    \"k8s_auth_token\": \"__SERVICEACCOUNT_TOKEN__\"\n"
        + "                },\n"
        + "                \"kubernetes\": {\n"
        + "                    \"kubeconfig\": \"__KUBECONFIG_FILEPATH__\"\n"
        + "                }\n"
        + "            }\n"
        + "        },\n"
        + "        {\n"
        + "            \"type\": \"portmap\",\n"
        + "            \"capabilities\": {\"portMappings\": true},\n"
        + "            \"snat\": true\n"
        + "        }\n"
        + "    ]\n"
        + "}";
  }
}
