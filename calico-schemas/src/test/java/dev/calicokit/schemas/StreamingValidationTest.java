package dev.calicokit.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.io.SourceReader;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text is judged one document at a time, keeping for the rules across documents only what they read:
 * its findings are those of judging the whole manifest held in memory, with lines added.
 */
class StreamingValidationTest {
  private static final String MIXED = """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: calico-config, namespace: kube-system}
      data: {veth_mtu: "1440"}
      ---
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkPolicy
      metadata: {name: p1}
      spec:
        selector: app == 'a' && app == 'b'
        ingress: [{action: Log}]
      ---
      apiVersion: v1
      kind: List
      items:
        - apiVersion: projectcalico.org/v3
          kind: NetworkPolicy
          metadata: {name: p2, namespace: shop}
          spec: {selector: "bad ==", types: [Ingress, Ingress]}
        - apiVersion: projectcalico.org/v3
          kind: IPPool
          metadata: {name: pool}
          spec: {cidr: 10.0.0.0/40}
      ---
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkPolicy
      metadata: {name: p1}
      spec: {selector: all()}
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: calico-node, namespace: kube-system}
      spec:
        selector: {matchLabels: {k8s-app: calico-node}}
        template:
          metadata: {labels: {k8s-app: calico-node}}
          spec:
            serviceAccountName: calico-node
            containers:
              - name: calico-node
                image: docker.io/calico/node:v3.28.5
                env:
                  - name: FELIX_BPFENABLED
                    value: yesplease
                  - name: CNI_MTU
                    valueFrom: {configMapKeyRef: {name: calico-config, key: mtu}}
      """;

  private static List<String> keys(ValidationReport r) {
    return r.findings().stream().map(f -> f.document() + " " + f.rule() + " " + f.path() + " " + f.message()).toList();
  }

  @Test
  void streamedFindingsAreThoseOfTheWholeManifestWithLines() {
    Validator v = Validator.detectingRelease();
    ValidationReport streamed = v.validate(MIXED);
    ValidationReport whole = v.validate(Manifest.read(MIXED));
    assertThat(keys(streamed)).isEqualTo(keys(whole)).isNotEmpty();
    assertThat(streamed.findings()).allSatisfy(f -> assertThat(f.line()).isPresent());
    assertThat(streamed.findings()).extracting(Finding::rule).contains("manifest.duplicate",
        "manifest.env.felix-value", "calico.selector.unsatisfiable", "calico.policy.log-only");
    Finding duplicate = streamed.findings().stream().filter(f -> f.rule().equals("manifest.duplicate")).findFirst().orElseThrow();
    assertThat(duplicate.document()).isEqualTo(3);
    assertThat(duplicate.line()).hasValue(27);
  }

  @Test
  void aFileAndBytesAreJudgedAsTheTextIs(@TempDir Path dir) throws Exception {
    Validator v = Validator.detectingRelease();
    // Enough policies before the mixed documents that the window of text is released on the way.
    StringBuilder text = new StringBuilder("\uFEFF# leading comment\n");
    for (int i = 0; i < 3000; i++) {
      text.append("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: g").append(i)
          .append("}\nspec:\n  selector: app == 'web'\n  order: ").append(i % 7 == 0 ? "-1e400" : "10").append("\n---\n");
    }
    text.append(MIXED);
    Path file = Files.writeString(dir.resolve("m.yaml"), text);
    ValidationReport fromText = v.validate(text.toString());
    assertThat(fromText.findings()).hasSizeGreaterThan(400);
    assertThat(v.validate(file).findings()).isEqualTo(fromText.findings());
    assertThat(v.validate(text.toString().getBytes(StandardCharsets.UTF_8)).findings()).isEqualTo(fromText.findings());
    Finding duplicate = fromText.findings().stream().filter(f -> f.rule().equals("manifest.duplicate")).findFirst().orElseThrow();
    assertThat(duplicate.line()).hasValue(3000 * 7 + 1 + 27);
  }

  @Test
  void anInvalidByteInAFileIsNamedByItsPlace(@TempDir Path dir) throws Exception {
    byte[] head = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: \"\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xC3; // a lead byte followed by no continuation
    bytes[head.length + 1] = '"';
    Path file = Files.write(dir.resolve("bad.yaml"), bytes);
    assertThatThrownBy(() -> Validator.detectingRelease().validate(file))
        .isInstanceOfSatisfying(ResourceReadException.class, e -> {
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.column()).isEqualTo(13);
          assertThat(e.getMessage()).contains("invalid UTF-8 at byte " + head.length);
        });
    assertThatThrownBy(() -> SourceReader.decode(bytes)).isInstanceOfSatisfying(ResourceReadException.class, e -> {
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.column()).isEqualTo(13);
    });
  }

  /** A finding without its document's index and place, which change when the documents are reordered. */
  private static String withoutPlace(Finding f) {
    return f.severity() + " " + f.rule() + " " + f.kind().orElse("") + "/" + f.name().orElse("") + " " + f.path() + " "
        + f.message();
  }

  @Test
  void theRulesAcrossDocumentsJudgeTheDocumentsInAnyOrder() throws Exception {
    // The official manifest broken in ways each rule across documents reports, then read backwards too: every
    // workload and binding before the accounts, roles and ConfigMaps it names, which the streamed rules must
    // wait for.
    Path file = ReferenceData.root().resolve(CalicoRelease.latest().label()).resolve("manifests/calico.yaml");
    List<JsonNode> docs = new ArrayList<>();
    ReferenceData.documents(file).forEach(d -> docs.add(d.deepCopy()));
    for (JsonNode d : docs) {
      String kindName = d.path("kind").asText() + "/" + d.at("/metadata/name").asText();
      switch (kindName) {
        case "ClusterRole/calico-node" -> ((ArrayNode) d.path("rules")).remove(0);
        case "DaemonSet/calico-node" -> {
          ArrayNode env = (ArrayNode) d.at("/spec/template/spec/containers/0/env");
          env.addObject().put("name", "CALICO_IPV6POOL_CIDR").put("value", "fd00:10::/48");
          env.addObject().put("name", "EXTRA").putObject("valueFrom").putObject("configMapKeyRef")
              .put("name", "calico-config").put("key", "no-such-key");
        }
        case "Deployment/calico-kube-controllers" -> ((ObjectNode) d.at("/spec/template/spec/containers/0"))
            .put("image", "docker.io/calico/kube-controllers:v3.20.0");
        default -> { }
      }
    }
    ObjectNode binding = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    binding.put("apiVersion", "rbac.authorization.k8s.io/v1").put("kind", "ClusterRoleBinding");
    binding.putObject("metadata").put("name", "extra");
    binding.putObject("roleRef").put("apiGroup", "rbac.authorization.k8s.io").put("kind", "ClusterRole").put("name", "nowhere");
    binding.putArray("subjects").addObject().put("kind", "ServiceAccount").put("name", "ghost").put("namespace", "kube-system");
    docs.add(binding);
    Validator v = Validator.detectingRelease().withOfficialManifests(ReferenceOfficialManifests.REFERENCE);
    ObjectMapper json = new ObjectMapper();
    StringBuilder forward = new StringBuilder();
    StringBuilder backward = new StringBuilder();
    for (int i = 0; i < docs.size(); i++) {
      forward.append(json.writeValueAsString(docs.get(i))).append("\n---\n");
      backward.append(json.writeValueAsString(docs.get(docs.size() - 1 - i))).append("\n---\n");
    }
    List<String> inOrder = v.validate(forward.toString()).findings().stream()
        .map(StreamingValidationTest::withoutPlace).sorted().toList();
    List<String> reversed = v.validate(backward.toString()).findings().stream()
        .map(StreamingValidationTest::withoutPlace).sorted().toList();
    assertThat(reversed).isEqualTo(inOrder);
    assertThat(String.join("\n", inOrder)).contains("manifest.rbac-missing-grant ClusterRole/calico-node /rules",
        "manifest.configmap-key-missing DaemonSet/calico-node", "manifest.cni-dual-stack ConfigMap/calico-config",
        "manifest.image-versions Deployment/calico-kube-controllers", "manifest.cluster-role-missing ClusterRoleBinding/extra",
        "manifest.binding-subject-missing ClusterRoleBinding/extra");
  }

  @Test
  void theReleaseIsDetectedFromTheImagesAsBefore() {
    assertThat(Validator.detectingRelease().validate(MIXED).findings()).isEqualTo(
        Validator.forRelease(Release.V3_28).validate(MIXED).findings());
  }
}
