package dev.calicokit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import org.junit.jupiter.api.Test;

/** The validator's own handling of inputs, apart from any one layer's rules. */
class ValidatorTest {
  private static final Validator V332 = Validator.forRelease(Release.V3_32);

  @Test
  void eachItemOfAListIsJudgedAsADocumentAndItsFindingsPointIntoTheList() {
    String list = "apiVersion: v1\nkind: List\nitems:\n"
        + "- apiVersion: projectcalico.org/v3\n  kind: IPPool\n  metadata:\n    name: fine\n  spec:\n    cidr: 10.1.0.0/16\n"
        + "- apiVersion: projectcalico.org/v3\n  kind: IPPool\n  metadata:\n    name: bad\n  spec:\n    cidr: 10.0.0.0/33\n";
    ValidationReport report = V332.validate(list);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings(Severity.ERROR)).isNotEmpty().allSatisfy(f -> {
      assertThat(f.document()).isZero();
      assertThat(f.path()).startsWith("/items/1/");
      assertThat(f.name()).hasValue("bad");
    });
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.path()).isEqualTo("/items/1/spec/cidr");
      assertThat(f.line()).hasValue(15);
    });
  }

  @Test
  void aListOfValidItemsHasNoFindingOfItsOwn() {
    String list = "apiVersion: v1\nkind: List\nitems:\n"
        + "- apiVersion: projectcalico.org/v3\n  kind: IPPool\n  metadata:\n    name: fine\n  spec:\n    cidr: 10.1.0.0/16\n";
    // An IPPool always gets the info that its transition rule needs the stored object; nothing else.
    assertThat(V332.validate(list).findings()).extracting(Finding::rule).containsExactly("cel.transition-skipped");
    assertThat(V332.validate("apiVersion: v1\nkind: List\nitems: []\n").findings()).isEmpty();
  }

  @Test
  void aKindOrVersionThatCalicosGroupsDoNotHaveIsAnErrorNamingTheClosest() {
    ValidationReport typo = V332.validate("apiVersion: projectcalico.org/v3\nkind: NetworkPolisy\nmetadata:\n  name: p\n"
        + "  namespace: default\nspec: {}\n");
    assertThat(typo.findings(Severity.ERROR)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("schema.unknown-kind-in-group");
      assertThat(f.path()).isEqualTo("/kind");
      assertThat(f.message()).isEqualTo("NetworkPolisy is not a kind of projectcalico.org/v3; did you mean NetworkPolicy?");
    });
    ValidationReport version = V332.validate("apiVersion: projectcalico.org/v2\nkind: IPPool\nmetadata:\n  name: p\n");
    assertThat(version.findings(Severity.ERROR)).extracting(Finding::rule).containsExactly("schema.unknown-api-version");
    // calicoctl's kinds that are not CRDs stay an info until the model has them.
    assertThat(V332.validate("apiVersion: projectcalico.org/v3\nkind: Profile\nmetadata:\n  name: p\n").hasErrors()).isFalse();
    // Groups that are not Calico's keep the info.
    assertThat(V332.validate("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n").hasErrors()).isFalse();
  }

  @Test
  void aKindOrVersionThatABuiltInGroupDoesNotHaveIsAnErrorNamingTheClosest() {
    ValidationReport v2 = V332.validate("apiVersion: v2\nkind: ConfigMap\nmetadata:\n  name: c\n");
    assertThat(v2.findings(Severity.ERROR)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("schema.unknown-api-version");
      assertThat(f.path()).isEqualTo("/apiVersion");
      assertThat(f.message()).isEqualTo("v2 is not an API version Kubernetes serves: ConfigMap is served as v1");
    });
    ValidationReport typo = V332.validate("apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: d\n");
    assertThat(typo.findings(Severity.ERROR)).singleElement().satisfies(f ->
        assertThat(f.message()).isEqualTo("Deploymnet is not a kind of apps/v1; did you mean Deployment?"));
    // A built-in kind the validator does not type keeps its info.
    assertThat(V332.validate("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: s\n").hasErrors()).isFalse();
  }

  @Test
  void numbersTheApiServerCannotHoldAreErrors() {
    ValidationReport order = V332.validate("apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n"
        + "  name: p\nspec:\n  order: 1e400\n");
    assertThat(order.findings(Severity.ERROR)).extracting(Finding::rule, Finding::path)
        .contains(org.assertj.core.groups.Tuple.tuple("schema.number-range", "/spec/order"));
    ValidationReport replicas = V332.validate("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n"
        + "spec:\n  replicas: 3000000000\n");
    assertThat(replicas.findings(Severity.ERROR)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("schema.integer-range");
      assertThat(f.path()).isEqualTo("/spec/replicas");
      assertThat(f.message()).contains("int32");
    });
    assertThat(V332.validate("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 3\n")
        .findings(Severity.ERROR)).noneMatch(f -> f.rule().equals("schema.integer-range"));
  }

  @Test
  void eachPatchIsJudgedByItsOwnFacts() {
    // logActionRateLimit reached FelixConfiguration in v3.31.4: v3.31.3 does not know the field.
    String felix = "apiVersion: crd.projectcalico.org/v1\nkind: FelixConfiguration\nmetadata:\n  name: default\n"
        + "spec:\n  logActionRateLimit: 10/second\n";
    assertThat(Validator.forRelease(CalicoRelease.parse("v3.31.3")).validate(felix).hasErrors()).isTrue();
    assertThat(Validator.forRelease(CalicoRelease.parse("v3.31.4")).validate(felix).hasErrors()).isFalse();
    // A minor means its newest patch.
    assertThat(Validator.forRelease(Release.V3_31).release()).contains(CalicoRelease.parse("v3.31.7"));
  }

  @Test
  void imagesOfAReleaseTheModelDoesNotKnowAreJudgedByTheNearestOlderOne() {
    ValidationReport report = Validator.detectingRelease().validate(daemonSet("quay.io/calico/node:v3.31.9"));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings()).filteredOn(f -> f.rule().equals("manifest.release-unknown")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.path()).isEqualTo("/spec/template/spec/containers/0/image");
          assertThat(f.message()).contains("v3.31.9").contains("judged by v3.31.7");
        });
    assertThat(Validator.detectingRelease().validate(daemonSet("calico/node:v3.33.0")).findings())
        .filteredOn(f -> f.rule().equals("manifest.release-unknown"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("judged by v3.32.1"));
    // A release the model knows needs no word.
    assertThat(Validator.detectingRelease().validate(daemonSet("calico/node:v3.28.0")).findings())
        .noneMatch(f -> f.rule().equals("manifest.release-unknown"));
  }

  @Test
  void theReleaseTheDocumentsNameHasTheLastWordOverTheImageLinesOfTheText() {
    // The lines of a block scalar name v3.31.3 three times, so the scan of the text guesses it; the
    // documents name v3.31.4 once, and the text is judged by that: logActionRateLimit is known there.
    String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\n  namespace: kube-system\ndata:\n"
        + "  old.yaml: |\n    image: calico/node:v3.31.3\n    image: calico/cni:v3.31.3\n    image: calico/typha:v3.31.3\n"
        + "---\n" + daemonSet("calico/node:v3.31.4")
        + "---\napiVersion: crd.projectcalico.org/v1\nkind: FelixConfiguration\nmetadata:\n  name: default\n"
        + "spec:\n  logActionRateLimit: 10/second\n";
    ValidationReport detected = Validator.detectingRelease().validate(text);
    assertThat(detected.hasErrors()).isFalse();
    assertThat(detected.findings())
        .isEqualTo(Validator.forRelease(CalicoRelease.parse("v3.31.4")).validate(text).findings());
    // Given as bytes, the text is scanned as bytes: the same result.
    assertThat(Validator.detectingRelease().validate(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .findings()).isEqualTo(detected.findings());
    // Without the DaemonSet the documents name no image: the newest release, not the guess, applies.
    String withoutImages = text.replace("---\n" + daemonSet("calico/node:v3.31.4"), "");
    assertThat(Validator.detectingRelease().validate(withoutImages).findings())
        .isEqualTo(Validator.forRelease(CalicoRelease.latest()).validate(withoutImages).findings());
  }

  private static String daemonSet(String image) {
    return "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: calico-node\n  namespace: kube-system\nspec:\n"
        + "  selector:\n    matchLabels:\n      k8s-app: calico-node\n  template:\n    metadata:\n      labels:\n"
        + "        k8s-app: calico-node\n    spec:\n      containers:\n      - name: calico-node\n        image: " + image + "\n";
  }
}
