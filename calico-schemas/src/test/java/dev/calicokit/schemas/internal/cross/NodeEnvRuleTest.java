package dev.calicokit.schemas.internal.cross;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * calico-node's environment judged as calico-node reads it: the edits of the new user (VXLAN
 * switched on beside IP-in-IP, a misspelled Felix parameter, a Felix value {@code yesplease}, a
 * misspelled start-up variable, a misspelled prefix) each give their finding.
 */
class NodeEnvRuleTest {
  private static final Validator V3_32 = Validator.forRelease(Release.V3_32);

  private static String daemonSet(String env) {
    return """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: calico-node, namespace: kube-system}
        spec:
          selector: {matchLabels: {k8s-app: calico-node}}
          template:
            metadata: {labels: {k8s-app: calico-node}}
            spec:
              containers:
                - name: calico-node
                  image: docker.io/calico/node:v3.32.1
                  env:
        """ + env.indent(12);
  }

  private static Map<String, String> envFindings(String env) {
    return V3_32.validate(daemonSet(env)).findings().stream().filter(f -> f.rule().startsWith("manifest.env."))
        .collect(Collectors.toMap(f -> f.rule() + " " + f.path().replaceAll(".*/env/", "env/"), Finding::message,
            (a, b) -> a + " | " + b, java.util.TreeMap::new));
  }

  @Test
  void theNewUsersEditsAreEachFound() {
    Map<String, String> found = envFindings("""
        - {name: CALICO_IPV4POOL_IPIP, value: Always}
        - {name: CALICO_IPV4POOL_VXLAN, value: Always}
        - {name: FELIX_PROMETHEUSMETRICSENABLE, value: "true"}
        - {name: FELIX_BPFENABLED, value: yesplease}
        - {name: CALICO_IPV4POOL_VXLAM, value: Never}
        - {name: FLIX_INTERFACEPREFIX, value: cali}
        - {name: MY_OWN_SETTING, value: x}
        """);
    assertThat(found.keySet()).containsExactly(
        "manifest.env.felix-unknown env/2/name",
        "manifest.env.felix-value env/3/value",
        "manifest.env.ipip-with-vxlan env/1/value",
        "manifest.env.unknown env/4/name",
        "manifest.env.unknown env/5/name");
    assertThat(found.get("manifest.env.felix-unknown env/2/name")).contains("did you mean FELIX_PROMETHEUSMETRICSENABLED?");
    assertThat(found.get("manifest.env.unknown env/4/name")).contains("did you mean CALICO_IPV4POOL_VXLAN?");
    assertThat(found.get("manifest.env.unknown env/5/name")).contains("did you mean FELIX_INTERFACEPREFIX?");
    assertThat(found.get("manifest.env.felix-value env/3/value")).contains("yesplease").contains("not a boolean");
  }

  @Test
  void startUpValuesAreJudgedAsCalicoNodeReadsThem() {
    Map<String, String> found = envFindings("""
        - {name: CALICO_IPV4POOL_IPIP, value: cross-subnet}
        - {name: CALICO_IPV4POOL_VXLAN, value: sometimes}
        - {name: CALICO_IPV4POOL_CIDR, value: "10.0.0.0"}
        - {name: CALICO_IPV6POOL_CIDR, value: "10.0.0.0/16"}
        - {name: CALICO_IPV4POOL_BLOCK_SIZE, value: "19"}
        - {name: IP, value: "fd00::1"}
        - {name: IP_AUTODETECTION_METHOD, value: "first"}
        - {name: IP6_AUTODETECTION_METHOD, value: "interface=eth.*"}
        - {name: CALICO_NETWORKING_BACKEND, value: bird}
        - {name: felix_ipinipmtu, value: "1440"}
        - name: FELIX_VXLANMTU
          valueFrom: {configMapKeyRef: {name: calico-config, key: veth_mtu}}
        """);
    assertThat(found.keySet()).containsExactly(
        "manifest.env.value env/1/value", "manifest.env.value env/2/value", "manifest.env.value env/3/value",
        "manifest.env.value env/4/value", "manifest.env.value env/5/value", "manifest.env.value env/6/value");
  }

  @Test
  void ipInIpWithoutBgpAndNoDefaultPools() {
    assertThat(envFindings("""
        - {name: CALICO_NETWORKING_BACKEND, value: vxlan}
        - {name: CALICO_IPV4POOL_IPIP, value: Always}
        """).keySet()).containsExactly("manifest.env.ipip-without-bgp env/1/value");
    assertThat(envFindings("""
        - {name: NO_DEFAULT_POOLS, value: "true"}
        - {name: CALICO_IPV4POOL_IPIP, value: Always}
        - {name: CALICO_IPV4POOL_VXLAN, value: Always}
        """)).isEmpty();
  }

  @Test
  void theOfficialEnvironmentHasNoFinding() {
    List<String> officialNames = List.of("CALICO_DISABLE_FILE_LOGGING", "CALICO_IPV4POOL_IPIP", "CALICO_IPV4POOL_VXLAN",
        "CALICO_IPV6POOL_VXLAN", "CALICO_MANAGE_CNI", "CALICO_NETWORKING_BACKEND", "CLUSTER_TYPE", "DATASTORE_TYPE",
        "FELIX_DEFAULTENDPOINTTOHOSTACTION", "FELIX_HEALTHENABLED", "FELIX_IPV6SUPPORT", "IP", "NODENAME",
        "WAIT_FOR_DATASTORE", "KUBERNETES_SERVICE_HOST");
    String env = officialNames.stream().map(n -> "- {name: " + n + ", value: \"" + switch (n) {
      case "CALICO_IPV4POOL_IPIP" -> "Always";
      case "CALICO_IPV4POOL_VXLAN", "CALICO_IPV6POOL_VXLAN" -> "Never";
      case "CALICO_NETWORKING_BACKEND" -> "bird";
      case "FELIX_DEFAULTENDPOINTTOHOSTACTION" -> "ACCEPT";
      case "FELIX_HEALTHENABLED", "CALICO_DISABLE_FILE_LOGGING", "WAIT_FOR_DATASTORE" -> "true";
      case "FELIX_IPV6SUPPORT", "CALICO_MANAGE_CNI" -> "false";
      case "IP" -> "autodetect";
      case "DATASTORE_TYPE" -> "kubernetes";
      default -> "k8s,bgp";
    } + "\"}\n").collect(Collectors.joining());
    assertThat(envFindings(env)).isEmpty();
  }
}
