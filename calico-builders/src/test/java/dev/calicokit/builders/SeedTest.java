package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.testing.ReferenceData;
import dev.calicokit.model.testing.TreeDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seed: calico.yaml of v3.21.1 with CALICO_IPV4POOL_CIDR set to 10.0.0.0/16, as the walk-through
 * in ../shared/seed shows it. Every document and value the walk-through shows is stated below (the
 * walk-through prints the YAML with its line breaks lost, so it cannot be read back as YAML); the 17
 * CRDs are compared with v3.21.1's CRD files. {@link SeedWalkThroughTest} reads the walk-through itself
 * and holds each document's words against the rendered manifest, so this text block cannot drift from it.
 */
class SeedTest {
  /** The documents the walk-through shows, in its order, besides the CRDs. */
  private static final String SEED = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: calico-config
        namespace: kube-system
      data:
        typha_service_name: none
        calico_backend: bird
        veth_mtu: '0'
        cni_network_config: |-
          {
            "name": "k8s-pod-network",
            "cniVersion": "0.3.1",
            "plugins": [
              {
                "type": "calico",
                "log_level": "info",
                "log_file_path": "/var/log/calico/cni/cni.log",
                "datastore_type": "kubernetes",
                "nodename": "__KUBERNETES_NODE_NAME__",
                "mtu": __CNI_MTU__,
                "ipam": {
                    "type": "calico-ipam"
                },
                "policy": {
                    "type": "k8s"
                },
                "kubernetes": {
                    "kubeconfig": "__KUBECONFIG_FILEPATH__"
                }
              },
              {
                "type": "portmap",
                "snat": true,
                "capabilities": {"portMappings": true}
              },
              {
                "type": "bandwidth",
                "capabilities": {"bandwidth": true}
              }
            ]
          }
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: calico-kube-controllers
      rules:
      - apiGroups:
        - ''
        resources:
        - nodes
        verbs:
        - watch
        - list
        - get
      - apiGroups:
        - ''
        resources:
        - pods
        verbs:
        - get
        - list
        - watch
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - ippools
        - ipreservations
        verbs:
        - list
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - blockaffinities
        - ipamblocks
        - ipamhandles
        verbs:
        - get
        - list
        - create
        - update
        - delete
        - watch
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - hostendpoints
        verbs:
        - get
        - list
        - create
        - update
        - delete
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - clusterinformations
        verbs:
        - get
        - create
        - update
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - kubecontrollersconfigurations
        verbs:
        - get
        - create
        - update
        - watch
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: calico-kube-controllers
      roleRef:
        kind: ClusterRole
        apiGroup: rbac.authorization.k8s.io
        name: calico-kube-controllers
      subjects:
      - kind: ServiceAccount
        name: calico-kube-controllers
        namespace: kube-system
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: calico-node
      rules:
      - apiGroups:
        - ''
        resources:
        - pods
        - nodes
        - namespaces
        verbs:
        - get
      - apiGroups:
        - discovery.k8s.io
        resources:
        - endpointslices
        verbs:
        - watch
        - list
      - apiGroups:
        - ''
        resources:
        - endpoints
        - services
        verbs:
        - watch
        - list
        - get
      - apiGroups:
        - ''
        resources:
        - configmaps
        verbs:
        - get
      - apiGroups:
        - ''
        resources:
        - nodes/status
        verbs:
        - patch
        - update
      - apiGroups:
        - networking.k8s.io
        resources:
        - networkpolicies
        verbs:
        - watch
        - list
      - apiGroups:
        - ''
        resources:
        - pods
        - namespaces
        - serviceaccounts
        verbs:
        - list
        - watch
      - apiGroups:
        - ''
        resources:
        - pods/status
        verbs:
        - patch
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - globalfelixconfigs
        - felixconfigurations
        - bgppeers
        - globalbgpconfigs
        - bgpconfigurations
        - ippools
        - ipreservations
        - ipamblocks
        - globalnetworkpolicies
        - globalnetworksets
        - networkpolicies
        - networksets
        - clusterinformations
        - hostendpoints
        - blockaffinities
        - caliconodestatuses
        verbs:
        - get
        - list
        - watch
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - ippools
        - felixconfigurations
        - clusterinformations
        verbs:
        - create
        - update
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - caliconodestatuses
        verbs:
        - update
      - apiGroups:
        - ''
        resources:
        - nodes
        verbs:
        - get
        - list
        - watch
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - bgpconfigurations
        - bgppeers
        verbs:
        - create
        - update
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - blockaffinities
        - ipamblocks
        - ipamhandles
        verbs:
        - get
        - list
        - create
        - update
        - delete
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - ipamconfigs
        verbs:
        - get
      - apiGroups:
        - crd.projectcalico.org
        resources:
        - blockaffinities
        verbs:
        - watch
      - apiGroups:
        - apps
        resources:
        - daemonsets
        verbs:
        - get
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: calico-node
      roleRef:
        kind: ClusterRole
        apiGroup: rbac.authorization.k8s.io
        name: calico-node
      subjects:
      - kind: ServiceAccount
        name: calico-node
        namespace: kube-system
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        labels:
          k8s-app: calico-node
        name: calico-node
        namespace: kube-system
      spec:
        selector:
          matchLabels:
            k8s-app: calico-node
        template:
          metadata:
            labels:
              k8s-app: calico-node
          spec:
            containers:
            - env:
              - name: DATASTORE_TYPE
                value: kubernetes
              - name: WAIT_FOR_DATASTORE
                value: 'true'
              - name: NODENAME
                valueFrom:
                  fieldRef:
                    fieldPath: spec.nodeName
              - name: CALICO_NETWORKING_BACKEND
                valueFrom:
                  configMapKeyRef:
                    key: calico_backend
                    name: calico-config
              - name: CLUSTER_TYPE
                value: k8s,bgp
              - name: IP
                value: autodetect
              - name: CALICO_IPV4POOL_IPIP
                value: Always
              - name: CALICO_IPV4POOL_VXLAN
                value: Never
              - name: FELIX_IPINIPMTU
                valueFrom:
                  configMapKeyRef:
                    key: veth_mtu
                    name: calico-config
              - name: FELIX_VXLANMTU
                valueFrom:
                  configMapKeyRef:
                    key: veth_mtu
                    name: calico-config
              - name: FELIX_WIREGUARDMTU
                valueFrom:
                  configMapKeyRef:
                    key: veth_mtu
                    name: calico-config
              - name: CALICO_IPV4POOL_CIDR
                value: 10.0.0.0/16
              - name: CALICO_DISABLE_FILE_LOGGING
                value: 'true'
              - name: FELIX_DEFAULTENDPOINTTOHOSTACTION
                value: ACCEPT
              - name: FELIX_IPV6SUPPORT
                value: 'false'
              - name: FELIX_HEALTHENABLED
                value: 'true'
              envFrom:
              - configMapRef:
                  name: kubernetes-services-endpoint
                  optional: true
              image: docker.io/calico/node:v3.21.1
              lifecycle:
                preStop:
                  exec:
                    command:
                    - /bin/calico-node
                    - -shutdown
              livenessProbe:
                exec:
                  command:
                  - /bin/calico-node
                  - -felix-live
                  - -bird-live
                failureThreshold: 6
                initialDelaySeconds: 10
                periodSeconds: 10
                timeoutSeconds: 10
              name: calico-node
              readinessProbe:
                exec:
                  command:
                  - /bin/calico-node
                  - -felix-ready
                  - -bird-ready
                periodSeconds: 10
                timeoutSeconds: 10
              resources:
                requests:
                  cpu: 250m
              securityContext:
                privileged: true
              volumeMounts:
              - mountPath: /host/etc/cni/net.d
                name: cni-net-dir
                readOnly: false
              - mountPath: /lib/modules
                name: lib-modules
                readOnly: true
              - mountPath: /run/xtables.lock
                name: xtables-lock
                readOnly: false
              - mountPath: /var/run/calico
                name: var-run-calico
                readOnly: false
              - mountPath: /var/lib/calico
                name: var-lib-calico
                readOnly: false
              - mountPath: /var/run/nodeagent
                name: policysync
              - mountPath: /sys/fs/
                mountPropagation: Bidirectional
                name: sysfs
              - mountPath: /var/log/calico/cni
                name: cni-log-dir
                readOnly: true
            hostNetwork: true
            initContainers:
            - command:
              - /opt/cni/bin/calico-ipam
              - -upgrade
              env:
              - name: KUBERNETES_NODE_NAME
                valueFrom:
                  fieldRef:
                    fieldPath: spec.nodeName
              - name: CALICO_NETWORKING_BACKEND
                valueFrom:
                  configMapKeyRef:
                    key: calico_backend
                    name: calico-config
              envFrom:
              - configMapRef:
                  name: kubernetes-services-endpoint
                  optional: true
              image: docker.io/calico/cni:v3.21.1
              name: upgrade-ipam
              securityContext:
                privileged: true
              volumeMounts:
              - mountPath: /var/lib/cni/networks
                name: host-local-net-dir
              - mountPath: /host/opt/cni/bin
                name: cni-bin-dir
            - command:
              - /opt/cni/bin/install
              env:
              - name: CNI_CONF_NAME
                value: 10-calico.conflist
              - name: CNI_NETWORK_CONFIG
                valueFrom:
                  configMapKeyRef:
                    key: cni_network_config
                    name: calico-config
              - name: KUBERNETES_NODE_NAME
                valueFrom:
                  fieldRef:
                    fieldPath: spec.nodeName
              - name: CNI_MTU
                valueFrom:
                  configMapKeyRef:
                    key: veth_mtu
                    name: calico-config
              - name: SLEEP
                value: 'false'
              envFrom:
              - configMapRef:
                  name: kubernetes-services-endpoint
                  optional: true
              image: docker.io/calico/cni:v3.21.1
              name: install-cni
              securityContext:
                privileged: true
              volumeMounts:
              - mountPath: /host/opt/cni/bin
                name: cni-bin-dir
              - mountPath: /host/etc/cni/net.d
                name: cni-net-dir
            - image: docker.io/calico/pod2daemon-flexvol:v3.21.1
              name: flexvol-driver
              securityContext:
                privileged: true
              volumeMounts:
              - mountPath: /host/driver
                name: flexvol-driver-host
            nodeSelector:
              kubernetes.io/os: linux
            priorityClassName: system-node-critical
            serviceAccountName: calico-node
            terminationGracePeriodSeconds: 0
            tolerations:
            - effect: NoSchedule
              operator: Exists
            - key: CriticalAddonsOnly
              operator: Exists
            - effect: NoExecute
              operator: Exists
            volumes:
            - hostPath:
                path: /lib/modules
              name: lib-modules
            - hostPath:
                path: /var/run/calico
              name: var-run-calico
            - hostPath:
                path: /var/lib/calico
              name: var-lib-calico
            - hostPath:
                path: /run/xtables.lock
                type: FileOrCreate
              name: xtables-lock
            - hostPath:
                path: /sys/fs/
                type: DirectoryOrCreate
              name: sysfs
            - hostPath:
                path: /opt/cni/bin
              name: cni-bin-dir
            - hostPath:
                path: /etc/cni/net.d
              name: cni-net-dir
            - hostPath:
                path: /var/log/calico/cni
              name: cni-log-dir
            - hostPath:
                path: /var/lib/cni/networks
              name: host-local-net-dir
            - hostPath:
                path: /var/run/nodeagent
                type: DirectoryOrCreate
              name: policysync
            - hostPath:
                path: /usr/libexec/kubernetes/kubelet-plugins/volume/exec/nodeagent~uds
                type: DirectoryOrCreate
              name: flexvol-driver-host
        updateStrategy:
          rollingUpdate:
            maxUnavailable: 1
          type: RollingUpdate
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: calico-node
        namespace: kube-system
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        labels:
          k8s-app: calico-kube-controllers
        name: calico-kube-controllers
        namespace: kube-system
      spec:
        replicas: 1
        selector:
          matchLabels:
            k8s-app: calico-kube-controllers
        strategy:
          type: Recreate
        template:
          metadata:
            labels:
              k8s-app: calico-kube-controllers
            name: calico-kube-controllers
            namespace: kube-system
          spec:
            containers:
            - env:
              - name: ENABLED_CONTROLLERS
                value: node
              - name: DATASTORE_TYPE
                value: kubernetes
              image: docker.io/calico/kube-controllers:v3.21.1
              livenessProbe:
                exec:
                  command:
                  - /usr/bin/check-status
                  - -l
                failureThreshold: 6
                initialDelaySeconds: 10
                periodSeconds: 10
                timeoutSeconds: 10
              name: calico-kube-controllers
              readinessProbe:
                exec:
                  command:
                  - /usr/bin/check-status
                  - -r
                periodSeconds: 10
            nodeSelector:
              kubernetes.io/os: linux
            priorityClassName: system-cluster-critical
            serviceAccountName: calico-kube-controllers
            tolerations:
            - key: CriticalAddonsOnly
              operator: Exists
            - effect: NoSchedule
              key: node-role.kubernetes.io/master
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: calico-kube-controllers
        namespace: kube-system
      ---
      apiVersion: policy/v1beta1
      kind: PodDisruptionBudget
      metadata:
        labels:
          k8s-app: calico-kube-controllers
        name: calico-kube-controllers
        namespace: kube-system
      spec:
        maxUnavailable: 1
        selector:
          matchLabels:
            k8s-app: calico-kube-controllers
      """;

  private static Manifest render() {
    return CalicoManifest.builder().version("v3.21.1").preset(Preset.CALICO).ipv4PoolCidr("10.0.0.0/16").build();
  }

  @Test
  void everyDocumentAndValueOfTheSeed() throws IOException {
    List<JsonNode> rendered = FidelityTest.trees(render());
    List<JsonNode> others = new ArrayList<>();
    int crds = 0;
    for (JsonNode d : rendered) {
      if ("CustomResourceDefinition".equals(d.path("kind").asText())) {
        crds++;
      } else {
        others.add(d);
      }
    }
    Path tmp = Files.createTempFile("seed", ".yaml");
    List<JsonNode> expected;
    try {
      Files.writeString(tmp, SEED);
      expected = ReferenceData.documents(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
    assertThat(crds).isEqualTo(17);
    List<String> diffs = new ArrayList<>();
    assertThat(others).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      TreeDiff.diff(expected.get(i), others.get(i), "[" + i + " " + expected.get(i).path("kind").asText() + "]", diffs);
    }
    diffs.forEach(System.out::println);
    assertThat(diffs).isEmpty();
    // Order as in the seed: the ConfigMap, then the 17 CRDs, then the rest.
    assertThat(rendered.get(0).path("kind").asText()).isEqualTo("ConfigMap");
    for (int i = 1; i <= 17; i++) {
      assertThat(rendered.get(i).path("kind").asText()).isEqualTo("CustomResourceDefinition");
    }
  }

  @Test
  void theSeedsCrdsAreV3211s() throws IOException {
    Path dir = ReferenceData.root().resolve("v3.21.1/crds");
    List<JsonNode> rendered = FidelityTest.trees(render());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSize(17);
    List<String> diffs = new ArrayList<>();
    for (Path f : files) {
      JsonNode expected = ReferenceData.documents(f).get(0);
      String name = expected.path("metadata").path("name").asText();
      JsonNode actual = rendered.stream().filter(n -> n.path("metadata").path("name").asText().equals(name))
          .findFirst().orElseThrow(() -> new AssertionError("no CRD " + name + " in the seed manifest"));
      TreeDiff.diff(TreeDiff.stripCrdTexts(expected.deepCopy()), TreeDiff.stripCrdTexts(actual.deepCopy()), name, diffs);
    }
    assertThat(diffs).isEmpty();
  }

  @Test
  void thePoolCidrIsWhereTheSeedSetIt() {
    Manifest m = render();
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).hasValue("10.0.0.0/16");
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_IPIP")).hasValue("Always");
    assertThat(m.configMapData("calico-config")).containsEntry("veth_mtu", "0").containsEntry("calico_backend", "bird");
  }
}
