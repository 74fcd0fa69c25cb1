package dev.calicokit.model.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.testing.ReferenceData;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Finding documents, reading and editing workloads' env and calico-config, on the official files. */
class ManifestAccessTest {
  private static Manifest calico332() throws IOException {
    return Manifest.read(Files.readString(ReferenceData.root().resolve("v3.32.1/manifests/calico.yaml")));
  }

  @Test
  void setsAnEnvVarOnCalicoNodeWithoutTouchingTheOriginal() throws IOException {
    Manifest m = calico332();
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).isEmpty();
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_IPIP")).contains("Always");
    Manifest edited = m.withEnv("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR", "10.0.0.0/16")
        .withEnv("calico-node", "calico-node", "CALICO_IPV4POOL_IPIP", "Never");
    assertThat(edited.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).contains("10.0.0.0/16");
    assertThat(edited.env("calico-node", "calico-node", "CALICO_IPV4POOL_IPIP")).contains("Never");
    assertThat(m.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).isEmpty();
    assertThat(edited.documents()).hasSameSizeAs(m.documents());
    assertThat(Manifest.read(edited.toYaml())).isEqualTo(edited);
    List<String> changed = m.documents().stream()
        .filter(d -> !edited.find(d.kind(), d.name().orElse("")).orElseThrow().equals(d))
        .map(ManifestDocument::toString).collect(Collectors.toList());
    assertThat(changed).containsExactly("DaemonSet calico-node");
    assertThat(m.containers("calico-node")).extracting(c -> c.getName())
        .contains("upgrade-ipam", "install-cni", "calico-node");
    assertThatThrownBy(() -> m.withEnv("calico-node", "no-such", "A", "b")).hasMessageContaining("no-such");
  }

  @Test
  void fabric8ObjectsHandedOutAreCopies() throws IOException {
    Manifest m = calico332();
    DaemonSet ds = m.find(DaemonSet.class, "calico-node").orElseThrow();
    ds.getMetadata().setName("changed");
    ds.getSpec().getTemplate().getSpec().getContainers().clear();
    assertThat(m.find(DaemonSet.class, "calico-node")).isPresent();
    assertThat(m.containers("calico-node")).isNotEmpty();
    DaemonSet mine = m.find(DaemonSet.class, "calico-node").orElseThrow();
    Manifest added = Manifest.of(List.of(mine));
    mine.getMetadata().setName("changed-after-adding");
    assertThat(added.documents().get(0).name()).contains("calico-node");
  }

  @Test
  void configMapKeysAndTheCniTemplate() throws IOException {
    Manifest m = calico332();
    assertThat(m.configMapData("calico-config")).containsEntry("veth_mtu", "0").containsKey("cni_network_config");
    Manifest mtu = m.withConfigMapEntry("calico-config", "veth_mtu", "1440");
    assertThat(mtu.configMapData("calico-config")).containsEntry("veth_mtu", "1440");
    assertThat(mtu.toYaml()).contains("veth_mtu: \"1440\"");

    CniNetworkConfig cni = m.cniNetworkConfig().orElseThrow();
    assertThat(cni.text()).isEqualTo(m.configMapData("calico-config").get("cni_network_config"));
    assertThat(cni.placeholders()).contains("__CNI_MTU__", "__KUBECONFIG_FILEPATH__");
    ObjectNode tree = (ObjectNode) cni.tree();
    ((ObjectNode) tree.get("plugins").get(0)).put("log_level", "debug");
    CniNetworkConfig changed = cni.withTree(tree);
    assertThat(changed.text()).contains("\"log_level\": \"debug\"");
    for (String p : cni.unquotedPlaceholders()) {
      assertThat(changed.text()).contains(": " + p).doesNotContain("\"" + p + "\"");
    }
    Manifest withCni = m.withCniNetworkConfig(changed);
    assertThat(withCni.cniNetworkConfig().orElseThrow()).isEqualTo(changed);
    assertThat(m.cniNetworkConfig().orElseThrow()).isEqualTo(cni);
  }

  @Test
  void everyReferenceCniTemplateReadsAndWritesTheSameText() throws IOException {
    int configs = 0;
    int notJson = 0;
    for (Path f : ReferenceRoundTripTest.referenceFiles().collect(Collectors.toList())) {
      Manifest m = Manifest.read(Files.readString(f));
      if (m.cniNetworkConfig().isEmpty()) {
        continue;
      }
      configs++;
      CniNetworkConfig c = m.cniNetworkConfig().get();
      if (!c.unquotedPlaceholders().isEmpty()) {
        notJson++;
      }
      assertThat(c.withTree(c.tree()).tree()).isEqualTo(c.tree());
      assertThat(m.withCniNetworkConfig(c).toYaml()).isEqualTo(m.toYaml());
    }
    assertThat(configs).isEqualTo(434);
    assertThat(notJson).isEqualTo(326);
  }

  /** The text without explicit nulls and comments (a fabric8 list holds neither). */
  private static String withoutNulls(String yaml) {
    return yaml.lines().filter(l -> !l.endsWith(": null") && !l.strip().startsWith("#"))
        .map(l -> l.replaceFirst(" #.*$", "")).collect(Collectors.joining("\n"));
  }

  @Test
  void convertsToAndFromAFabric8List() throws IOException {
    Manifest m = calico332().add(IPPool.ofCidr("default-ipv4-ippool", "10.0.0.0/16"));
    KubernetesList list = m.toKubernetesList();
    assertThat(list.getItems()).hasSize(m.documents().size());
    Manifest back = Manifest.of(list);
    // fabric8 objects cannot hold explicit nulls, so compare what a list can carry.
    assertThat(Manifest.of(back.toKubernetesList()).toYaml()).isEqualTo(back.toYaml());
    assertThat(withoutNulls(back.toYaml())).isEqualTo(withoutNulls(m.toYaml()));
    assertThat(back.documents()).extracting(ManifestDocument::toString)
        .containsExactlyElementsOf(m.documents().stream().map(ManifestDocument::toString).collect(Collectors.toList()));
    assertThat(back.find(IPPool.class, "default-ipv4-ippool")).isPresent();
    assertThat(m.remove("IPPool", "default-ipv4-ippool").documents()).hasSize(m.documents().size() - 1);
  }

  @Test
  void splitListsPutsEachItemInTheListsPlaceWithItsComments() {
    Manifest m = Manifest.read("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: first
        ---
        # what kubectl get -o yaml wrote
        apiVersion: v1
        kind: List
        items:
          # the pool
          - apiVersion: projectcalico.org/v3
            kind: IPPool
            metadata:
              name: pool # the default one
            spec:
              cidr: 10.0.0.0/16
          - apiVersion: v1
            kind: Namespace
            metadata:
              name: second
        # end of the list
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: third
        """);
    Manifest split = m.splitLists();
    assertThat(split.documents()).extracting(d -> d.kind() + " " + d.name().orElse(""))
        .containsExactly("Namespace first", "IPPool pool", "Namespace second", "Namespace third");
    assertThat(split.documents().get(1).type()).isEqualTo(ManifestDocument.Type.CALICO);
    assertThat(split.documents().get(1).comments()).containsExactly(
        new DocumentComment(DocumentComment.Place.HEAD, "", " what kubectl get -o yaml wrote"),
        new DocumentComment(DocumentComment.Place.HEAD, "", " the pool"),
        new DocumentComment(DocumentComment.Place.END_OF_LINE, "/metadata/name", " the default one"));
    assertThat(split.documents().get(2).comments()).containsExactly(
        new DocumentComment(DocumentComment.Place.TAIL, "", " end of the list"));
    Manifest back = Manifest.read(split.toYaml());
    assertThat(back.splitLists()).isSameAs(back); // no List left
    Manifest plain = Manifest.read("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n");
    assertThat(plain.splitLists()).isSameAs(plain);
    assertThatThrownBy(() -> Manifest.read("apiVersion: v1\nkind: List\nitems:\n  - 3\n").splitLists())
        .isInstanceOf(dev.calicokit.model.io.ResourceReadException.class).hasMessageContaining("/items/0")
        .hasMessageContaining("expected a resource");
  }
}
