package dev.calicokit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Validator#validateUpdate}: a manifest judged against the one that is installed. */
class ValidatorUpdateTest {
  private static final Validator V332 = Validator.forRelease(Release.V3_32);
  private static String official;

  private static synchronized String official() {
    if (official == null) {
      try {
        official = Files.readString(ReferenceData.root().resolve("v3.32.1/manifests/calico.yaml"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return official;
  }

  private static String pool(String cidr, int blockSize, String extra) {
    return """
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata:
          name: default-ipv4-ippool
        spec:
          cidr: %s
          blockSize: %d
          natOutgoing: true
        %s""".formatted(cidr, blockSize, extra);
  }

  private static List<String> rules(ValidationReport r) {
    return r.findings().stream().map(f -> f.severity() + " " + f.rule() + " " + f.path()).toList();
  }

  @Test
  void withoutAPreviousObjectTransitionRulesAreSkippedWithAnInfo() {
    assertThat(rules(V332.validate(pool("10.0.0.0/16", 26, "")))).contains("INFO cel.transition-skipped /spec/cidr");
  }

  @Test
  void transitionRulesSeeThePreviousObjectAsOldSelf() {
    ValidationReport same = V332.validateUpdate(pool("10.0.0.0/16", 26, ""), pool("10.0.0.0/16", 26, ""));
    assertThat(same.findings()).isEmpty();
    ValidationReport changed = V332.validateUpdate(pool("10.0.0.0/16", 26, ""), pool("10.1.0.0/16", 24, ""));
    assertThat(rules(changed)).containsExactly(
        "ERROR cel.rule /spec/cidr",
        "ERROR cel.rule /spec/blockSize",
        "ERROR calico.ippool.cidr-immutable /spec/cidr",
        "ERROR calico.ippool.block-size-immutable /spec/blockSize");
    assertThat(changed.findings().get(2).message()).contains("10.0.0.0/16").contains("create a new pool");
    assertThat(changed.findings().get(2).line()).hasValue(6);
  }

  /** Documents wrapped in a v1 List, each item indented under {@code items:}. */
  private static String list(String... docs) {
    StringBuilder b = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
    for (String d : docs) {
      b.append(d.strip().indent(4).replaceFirst("^    ", "  - "));
    }
    return b.toString();
  }

  @Test
  void theItemsOfListsAreMatchedByKeyOnEitherSide() {
    String ns = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n";
    // Installed from a List, updated with plain documents: the pool is the List's item, and the CIDR is immutable.
    ValidationReport fromList = V332.validateUpdate(list(ns, pool("10.0.0.0/16", 26, "")), pool("10.1.0.0/16", 26, ""));
    assertThat(rules(fromList)).contains("ERROR calico.ippool.cidr-immutable /spec/cidr");
    assertThat(fromList.findings()).filteredOn(f -> f.rule().equals("update.not-deleted-by-apply")).singleElement()
        .satisfies(f -> {
          assertThat(f.file()).contains(Validator.PREVIOUS_FILE);
          assertThat(f.message()).contains("Namespace x");
          assertThat(f.path()).isEqualTo("/items/0");
        });
    // The other way round: the finding points into the List of the new manifest.
    assertThat(rules(V332.validateUpdate(pool("10.0.0.0/16", 26, ""), list(pool("10.1.0.0/16", 26, "")))))
        .contains("ERROR calico.ippool.cidr-immutable /items/0/spec/cidr");
    assertThat(V332.validateUpdate(list(ns, pool("10.0.0.0/16", 26, "")), ns + "---\n" + pool("10.0.0.0/16", 26, ""))
        .findings()).isEmpty();
    // In memory too.
    assertThat(V332.validateUpdate(Manifest.read(list(pool("10.0.0.0/16", 26, ""))), Manifest.read(pool("10.1.0.0/16", 26, "")))
        .findings()).extracting(Finding::rule).contains("calico.ippool.cidr-immutable");
  }

  @Test
  void aCreatedObjectHasNoTransitionToJudge() {
    String other = "apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n";
    assertThat(V332.validateUpdate(other, pool("10.0.0.0/16", 26, "") + "---\n" + other).findings()).isEmpty();
  }

  @Test
  void anUnchangedValueThatFailsARuleIsRatchetedAChangedOneIsAnError() {
    String bad = "  ipipMode: Always\n  vxlanMode: Always\n";
    String before = pool("10.0.0.0/16", 26, bad);
    String relabelled = before.replace("  name: default-ipv4-ippool\n", "  name: default-ipv4-ippool\n  labels: {a: b}\n");
    assertThat(rules(V332.validate(before))).contains("ERROR cel.rule /spec");
    // Calico's own rule (calicoctl validates the whole object on every update) still applies.
    assertThat(rules(V332.validateUpdate(before, relabelled)))
        .containsExactly("INFO cel.ratcheted /spec", "ERROR calico.ippool.ipip-and-vxlan /spec/vxlanMode");
    String disabled = before.replace("natOutgoing: true", "natOutgoing: false");
    assertThat(rules(V332.validateUpdate(before, disabled))).filteredOn(r -> r.contains(" cel."))
        .containsExactly("ERROR cel.rule /spec");
  }

  @Test
  void aCanonicalRewriteOfTheSameCidrIsAllowedAsCalicoAllowsIt() {
    assertThat(rules(V332.validateUpdate(pool("10.0.0.1/16", 26, ""), pool("10.0.0.0/16", 26, ""))))
        .doesNotContain("ERROR calico.ippool.cidr-immutable /spec/cidr");
    assertThat(rules(V332.validateUpdate(pool("10.0.0.0/16", 0, ""), pool("10.0.0.0/16", 26, ""))))
        .noneMatch(r -> r.contains("block-size-immutable"));
  }

  @Test
  void theOfficialManifestAsAnUpdateOfItselfHasNothingToSay() {
    ValidationReport plain = V332.validate(official());
    ValidationReport update = V332.validateUpdate(official(), official());
    assertThat(update.findings()).noneMatch(f -> f.rule().equals("cel.transition-skipped") || f.rule().startsWith("update."));
    assertThat(update.findings(Severity.ERROR)).isEqualTo(plain.findings(Severity.ERROR));
  }

  @Test
  void handEditsThatWillNotDoWhatTheySeemAreWarningsWithAdvice() {
    String edited = Manifest.read(official())
        .withEnv("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR", "10.48.0.0/16")
        .withEnv("calico-node", "calico-node", "CALICO_IPV4POOL_IPIP", "Never")
        .withConfigMapEntry("calico-config", "veth_mtu", "1410")
        .toYaml();
    assertThat(edited).isNotEqualTo(official());
    String withExtra = official() + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra, namespace: kube-system}\n";
    ValidationReport r = V332.validateUpdate(withExtra, edited);
    List<String> update = r.findings().stream().filter(f -> f.rule().startsWith("update.")).map(f -> f.rule()).toList();
    assertThat(update).containsExactlyInAnyOrder("update.pool-cidr-env-changed", "update.default-pool-encapsulation-changed",
        "update.veth-mtu-changed", "update.not-deleted-by-apply");
    Finding cidr = r.findings().stream().filter(f -> f.rule().equals("update.pool-cidr-env-changed")).findFirst().orElseThrow();
    assertThat(cidr.message()).contains("(not set) to 10.48.0.0/16").contains("Edit the IPPool resource");
    assertThat(cidr.line()).isPresent();
    Finding extra = r.findings().stream().filter(f -> f.rule().equals("update.not-deleted-by-apply")).findFirst().orElseThrow();
    assertThat(extra.file()).hasValue(Validator.PREVIOUS_FILE);
    assertThat(extra.message()).contains("kubectl delete configmap extra -n kube-system");
  }

  @Test
  void removedCrdsAndDowngradesAreWarnings() throws IOException {
    String older = Files.readString(ReferenceData.root().resolve("v3.26.5/manifests/calico.yaml"));
    ValidationReport r = Validator.forRelease(Release.V3_26).validateUpdate(official(), older);
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("update.downgrade");
      assertThat(f.message()).contains("v3.26.5").contains("v3.32.1");
    });
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("update.crd-removed");
      assertThat(f.message()).contains("kubectl get");
    });
  }
}
