package dev.calicokit.model.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.io.ReadLimits;
import dev.calicokit.model.io.ResourceReadException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile input gives a clear error naming the limit or rule, the line and the column; never a crash. */
class HostileInputTest {
  private static ResourceReadException failure(Runnable r) {
    try {
      r.run();
    } catch (ResourceReadException e) {
      return e;
    }
    throw new AssertionError("expected a ResourceReadException");
  }

  @Test
  void anAliasBombTripsTheAliasExpansionLimit() {
    StringBuilder y = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\nx0: &a0 [a, a, a, a, a, a, a, a, a, a]\n");
    for (int i = 1; i < 10; i++) {
      y.append("x").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    ResourceReadException e = failure(() -> Manifest.read(y.toString()));
    assertThat(e.problem()).contains("ReadLimits.maxAliasExpansion");
    assertThat(e.line()).isGreaterThan(4);
    assertThat(e.column()).isGreaterThan(0);
  }

  @Test
  void aNumberWithAHugeExponentIsAClearErrorAtOnce() {
    // 93 bytes that once hung fmt at half a gigabyte: the number has a hundred million digits written out.
    String yaml = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: p\nspec:\n  order: 1e100000000\n";
    ResourceReadException e = failure(() -> Manifest.read(yaml));
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.getMessage()).contains("1e100000000", "out of range", "exponent");
    assertThat(Manifest.read("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nx: 1.5e300\n").documents()).hasSize(1);
  }

  @Test
  void tenThousandLevelsOfNestingTripTheDepthLimit() {
    String deep = "apiVersion: v1\nkind: ConfigMap\ndata: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    ResourceReadException e = failure(() -> Manifest.read(deep));
    assertThat(e.problem()).contains("ReadLimits.maxNestingDepth", "100");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isGreaterThan(100);
  }

  @Test
  void aFiftyMegabyteDocumentTripsTheDocumentSizeLimit() {
    StringBuilder big = new StringBuilder(51 * 1024 * 1024);
    big.append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n");
    String line = "  k%07d: " + "x".repeat(80) + "\n";
    for (int i = 0; big.length() < 50 * 1024 * 1024; i++) {
      big.append(String.format(java.util.Locale.ROOT, line, i));
    }
    ResourceReadException e = failure(() -> Manifest.read(big.toString()));
    assertThat(e.problem()).contains("ReadLimits.maxDocumentChars");
    assertThat(e.line()).isGreaterThan(100_000);
    assertThat(e.column()).isGreaterThan(0);
  }

  @Test
  void theDefaultsLetThroughTenThousandPolicies() {
    StringBuilder y = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      y.append("---\napiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  name: allow-")
          .append(i).append("\n  namespace: team-").append(i % 50).append("\n  annotations:\n    description: ")
          .append("policy for service ").append(i).append(", ").append("reviewed and approved by the platform team; ".repeat(9))
          .append("\n  labels:\n    owner: team-").append(i % 50)
          .append("\nspec:\n  tier: default\n  order: ").append(100 + i % 900).append("\n  selector: app == 'svc-").append(i)
          .append("'\n  types:\n    - Ingress\n    - Egress\n  ingress:\n    - action: Allow\n      protocol: TCP\n")
          .append("      source:\n        selector: role == 'frontend' && env in {'prod', 'stage'}\n        nets:\n")
          .append("          - 10.").append(i % 250).append(".0.0/16\n      destination:\n        ports:\n          - 8080\n")
          .append("          - \"9000:9100\"\n  egress:\n    - action: Allow\n      protocol: UDP\n      destination:\n")
          .append("        selector: k8s-app == 'kube-dns'\n        ports:\n          - 53\n");
    }
    assertThat(y.length()).isGreaterThan(9_500_000); // about 10 MB, as the issue sizes it
    Manifest m = Manifest.read(y.toString());
    assertThat(m.documents()).hasSize(10_000);
    assertThat(m.documents().get(9_999).type()).isEqualTo(ManifestDocument.Type.CALICO);
  }

  @Test
  void limitsAreSettable() {
    String two = "apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: ConfigMap\n";
    ResourceReadException e = failure(() -> Manifest.read(two, ReadLimits.defaults().withMaxDocuments(1)));
    assertThat(e.problem()).contains("ReadLimits.maxDocuments");
    assertThat(e.document()).isEqualTo(1);
    assertThat(e.line()).isEqualTo(4);
    assertThat(Manifest.read(two).documents()).hasSize(2);
  }

  @Test
  void duplicateKeysAreAnError() {
    ResourceReadException e = failure(() -> Manifest.read("apiVersion: v1\nkind: ConfigMap\ndata:\n  a: '1'\n  a: '2'\n"));
    assertThat(e.problem()).containsIgnoringCase("duplicate").contains("a");
    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void aTabUsedAsIndentationIsNamed() {
    ResourceReadException e = failure(() -> Manifest.read("apiVersion: v1\nkind: ConfigMap\ndata:\n\ta: '1'\n"));
    assertThat(e.problem()).contains("tab");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void invalidUtf8IsReportedWithItsPlace() {
    byte[] head = "apiVersion: v1\nkind: ConfigMap\ndata:\n  a: caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3; // a lead byte followed by a newline: not UTF-8
    bytes[head.length + 1] = '\n';
    ResourceReadException e = failure(() -> Manifest.read(bytes));
    assertThat(e.problem()).contains("UTF-8");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(9);
  }

  @Test
  void aValueOfTheWrongTypeInABuiltInKindIsPlaced() {
    String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: apps/v1\nkind: Deployment\n"
        + "metadata:\n  name: web\nspec:\n  replicas: many\n";
    ResourceReadException e = failure(() -> Manifest.read(text));
    assertThat(e.document()).isEqualTo(1);
    assertThat(e.kind()).contains("Deployment");
    assertThat(e.name()).contains("web");
    assertThat(e.pointer()).isEqualTo("/spec/replicas");
    assertThat(e.line()).isEqualTo(11);
    assertThat(e.column()).isGreaterThan(1);
  }

  @Test
  void aliasesAreExpandedAsKubernetesDoes() {
    Manifest m = Manifest.read("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &n calico-config\n  labels: {app: *n}\n");
    assertThat(m.toYaml()).contains("app: calico-config").doesNotContain("*n").doesNotContain("&n");
  }

  @Test
  void commentsEmptyDocumentsByteOrderMarkAndCrlfAreAccepted() {
    String text = "\uFEFF# top\r\n---\r\n---\r\n# only a comment\r\n---\r\napiVersion: v1\r\nkind: ConfigMap\r\n"
        + "metadata:\r\n  name: x # trailing\r\n...\r\n--- \r\napiVersion: v1\r\nkind: Secret\r\nmetadata:\r\n  name: s\r\ndata: null\r\n";
    Manifest m = Manifest.read(text);
    assertThat(m.documents()).hasSize(2);
    assertThat(m.documents().get(0).sourceIndex()).isEqualTo(2); // "# top" alone is no document
    assertThat(m.toYaml()).isEqualTo("# top\n# only a comment\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x # trailing\n"
        + "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata: null\n");
  }

  @Test
  void aValueKubernetesReadsAsNoStringIsRefusedNamingFieldAndMeaning() {
    ResourceReadException e = failure(() -> Manifest.read(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: '0755'\n  b: 0755\n"));
    assertThat(e.pointer()).isEqualTo("/data/b");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.getMessage()).contains("the number 493", "takes a string", "quote it").doesNotContain("java.");
    ResourceReadException replicas = failure(() -> Manifest.read(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: \"3\"\n"));
    assertThat(replicas.getMessage()).contains("/spec/replicas", "the string \"3\"", "takes an integer");
  }

  @Test
  void aHexPortIsReadAsKubernetesReadsIt() {
    Manifest m = Manifest.read("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: p\nspec:\n"
        + "  ingress:\n  - action: Allow\n    destination:\n      ports: [0x50, 0o17]\n");
    assertThat(m.toYaml()).contains("        ports:\n          - 80\n          - 15\n");
  }
}
