package dev.calicokit.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.CalicoRelease;
import org.junit.jupiter.api.Test;

/** How documents become endpoints: lists, owners, namespaces, templates. */
class InputReaderTest {
  private static PolicyModel read(String yaml) {
    InputReader r = new InputReader(CalicoRelease.latest());
    Manifest.read(yaml).documents().forEach(r::add);
    return r.build();
  }

  @Test
  void listItemsMayLackTheirKindAndObjectsWithoutNamespaceAreInDefault() {
    PolicyModel m = read("apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: p1, labels: {app: x}}\n"
        + "  spec: {containers: []}\n  status: {podIP: 10.1.2.3}\n");
    EndpointData p = m.endpoints().get(0);
    assertThat(p.displayName()).isEqualTo("default/p1[Pod]");
    assertThat(p.ips()).hasSize(1);
    assertThat(p.labels()).containsEntry("app", "x").containsEntry("pcns.kubernetes.io/metadata.name", "default")
        .containsEntry("projectcalico.org/namespace", "default").containsEntry("projectcalico.org/serviceaccount", "default");
  }

  @Test
  void undeclaredNamespacesHaveOnlyTheirNameLabelAndDeclaredOnesKeepTheirs() {
    PolicyModel m = read("apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {team: t}}\n---\n"
        + "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly, namespace: a}\nspec:\n  jobTemplate:\n"
        + "    spec:\n      template:\n        metadata: {labels: {job: 'n'}}\n        spec: {containers: []}\n---\n"
        + "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s, namespace: b}\nspec:\n  template:\n"
        + "    spec: {containers: []}\n");
    assertThat(m.endpoints().get(0).displayName()).isEqualTo("a/nightly[CronJob]");
    assertThat(m.endpoints().get(0).labels()).containsEntry("job", "n").containsEntry("pcns.team", "t")
        .containsEntry("pcns.kubernetes.io/metadata.name", "a");
    assertThat(m.endpoints().get(1).labels()).containsEntry("pcns.kubernetes.io/metadata.name", "b")
        .doesNotContainKey("pcns.team");
  }

  @Test
  void hostNetworkPodsAreLeftOutWithANote() {
    PolicyModel m = read("apiVersion: v1\nkind: Pod\nmetadata: {name: h, namespace: kube-system}\n"
        + "spec: {hostNetwork: true, containers: []}\n");
    assertThat(m.endpoints()).isEmpty();
    assertThat(m.notes()).containsExactly("Pod kube-system/h uses the host's network: Calico gives it no workload endpoint");
    PolicyModel ds = read("apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: calico-node, namespace: kube-system}\n"
        + "spec:\n  template:\n    spec: {hostNetwork: true, containers: []}\n");
    assertThat(ds.endpoints()).isEmpty();
    assertThat(ds.notes()).containsExactly("DaemonSet kube-system/calico-node uses the host's network: Calico gives its pods "
        + "no workload endpoint");
  }

  @Test
  void tiersAreOrderedAsTierLessOrdersThem() {
    PolicyModel m = read("apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata: {name: security}\nspec: {order: 100}\n");
    assertThat(m.tiers()).extracting(TierData::name).containsExactly("security", "adminnetworkpolicy", "kube-admin",
        "default", "baselineadminnetworkpolicy", "kube-baseline");
  }

  @Test
  void hostEndpointsInheritTheLabelsTheirProfilesApply() {
    PolicyModel m = read("apiVersion: projectcalico.org/v3\nkind: Profile\nmetadata: {name: edge}\n"
        + "spec:\n  labelsToApply: {zone: dmz, role: x}\n  ingress:\n  - action: Allow\n---\n"
        + "apiVersion: projectcalico.org/v3\nkind: HostEndpoint\nmetadata: {name: h1, labels: {role: gw}}\n"
        + "spec: {node: n1, interfaceName: eth0, profiles: [edge]}\n");
    EndpointData h = m.endpoints().get(0);
    assertThat(h.labels()).containsEntry("zone", "dmz").containsEntry("role", "gw");
    assertThat(m.profiles().get("edge").inbound()).hasSize(1);
  }
}
