package dev.calicokit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.calico.Node;
import dev.calicokit.model.calico.NodeAddressType;
import dev.calicokit.model.calico.Profile;
import dev.calicokit.model.calico.WorkloadEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The file forms calicoctl writes and reads, for the kinds it serves without a CRD: a typed list
 * ({@code kind: NodeList}, what {@code calicoctl get -o yaml} prints for several resources), a v1
 * {@code kind: List}, JSON ({@code -o json}), with the server's bookkeeping fields kept.
 */
class CalicoctlFormsTest {
  private static final CalicoCodec YAML = CalicoCodec.yaml();

  private static final String NODE_LIST = """
      apiVersion: projectcalico.org/v3
      items:
      - apiVersion: projectcalico.org/v3
        kind: Node
        metadata:
          creationTimestamp: "2026-03-02T10:15:00Z"
          name: worker-1
          resourceVersion: "48213"
          uid: 3f6d2a4e-8b1c-4f2a-9d3e-5c7b8a9e0f12
        spec:
          addresses:
          - address: 192.168.10.21/24
            type: CalicoNodeIP
          bgp:
            ipv4Address: 192.168.10.21/24
          orchRefs:
          - nodeName: worker-1
            orchestrator: k8s
        status: {}
      - apiVersion: projectcalico.org/v3
        kind: Node
        metadata:
          name: worker-2
          resourceVersion: "48290"
        spec:
          bgp:
            ipv6Address: fd00:1::22/64
      kind: NodeList
      metadata:
        resourceVersion: "48301"
      """;

  @Test
  void aTypedListReadsItemByItemKeepingEveryField() throws Exception {
    List<CalicoResource> nodes = YAML.strict().readAll(NODE_LIST);
    assertThat(nodes).hasSize(2).allMatch(Node.class::isInstance);
    Node first = (Node) nodes.get(0);
    assertThat(first.metadata().resourceVersion()).contains("48213");
    assertThat(first.metadata().uid()).contains("3f6d2a4e-8b1c-4f2a-9d3e-5c7b8a9e0f12");
    assertThat(first.spec().addresses().get(0).type()).contains(NodeAddressType.CALICO_NODE_IP);
    assertThat(first.spec().bgp().orElseThrow().ipv4Address().orElseThrow().text()).isEqualTo("192.168.10.21/24");
    JsonNode items = new YAMLMapper().readTree(NODE_LIST).get("items");
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode written = new YAMLMapper().readTree(YAML.write(nodes.get(i)));
      assertThat(written).isEqualTo(items.get(i)); // the empty status calicoctl writes included

    }
  }

  @Test
  void aV1ListOfMixedKindsAndJsonRead() throws Exception {
    String list = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: projectcalico.org/v3
          kind: Profile
          metadata: {name: kns.shop}
          spec:
            labelsToApply: {pcns.projectcalico.org/name: shop}
        - apiVersion: projectcalico.org/v3
          kind: WorkloadEndpoint
          metadata: {name: worker--1-k8s-web-eth0, namespace: shop}
          spec: {interfaceName: cali1, node: worker-1, ipNetworks: [10.244.12.7/32]}
        """;
    List<CalicoResource> read = YAML.strict().readAll(list);
    assertThat(read).extracting(CalicoResource::kind).containsExactly("Profile", "WorkloadEndpoint");

    WorkloadEndpoint wep = (WorkloadEndpoint) read.get(1);
    String json = CalicoCodec.json().write(wep);
    assertThat(CalicoCodec.json().strict().read(json)).isEqualTo(wep);
    String jsonList = "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\","
        + "\"metadata\":{\"resourceVersion\":\"9\"},\"items\":[" + json + "]}";
    assertThat(CalicoCodec.json().readAll(jsonList)).containsExactly(wep);
    assertThat(new ObjectMapper().readTree(json).path("spec").path("ipNetworks").get(0).asText()).isEqualTo("10.244.12.7/32");
  }

  @Test
  void theKindsServedWithoutACrdHaveNoV1Form() {
    assertThat(Kinds.typesOf(Profile.class)).containsExactly("projectcalico.org/v3 Profile");
    assertThat(Kinds.forType("crd.projectcalico.org/v1", "WorkloadEndpoint")).isEmpty();
    assertThatThrownBy(() -> YAML.read("apiVersion: crd.projectcalico.org/v1\nkind: Node\nmetadata: {name: a}\n"))
        .isInstanceOf(ResourceReadException.class).hasMessageContaining("not a kind this model types");
  }

  @Test
  void strictReadingNamesAnUnknownFieldOfTheNewKinds() {
    assertThatThrownBy(() -> YAML.strict().read("""
        apiVersion: projectcalico.org/v3
        kind: WorkloadEndpoint
        metadata: {name: w, namespace: default}
        spec:
          interfaceName: cali1
          ipNetwork: 10.0.0.1/32
        """)).isInstanceOf(ResourceReadException.class).hasMessageContaining("ipNetwork").hasMessageContaining("/spec/ipNetwork");
  }
}
