package dev.calicokit.schemas.internal.cel;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.HandWritten;
import dev.calicokit.model.schema.CrdGenerator;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Severity;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CEL layer on real resources, and its binding rules on small schemas of our own. */
class CelLayerTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Validator VALIDATOR = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE);

  /** The names of the hand-written resources on the test class path (from calico-model's test jar). */
  static List<String> handWrittenResources() throws IOException, URISyntaxException {
    URI uri = CelLayerTest.class.getResource("/resources/ippool.yaml").toURI();
    if (uri.getScheme().equals("jar")) {
      try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
        return list(fs.getPath("/resources"));
      }
    }
    return list(Path.of(uri).getParent());
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
  }

  private static String resource(String name) {
    return HandWritten.text(name);
  }

  @Test
  void handWrittenResourcesHaveNoCelErrorsInAnyRelease() throws Exception {
    List<String> names = handWrittenResources();
    assertThat(names).hasSizeGreaterThanOrEqualTo(31);
    List<String> failures = new ArrayList<>();
    int judged = 0;
    for (Release release : Release.all()) {
      Validator validator = Validator.forRelease(release).withOfficialManifests(REFERENCE);
      for (String name : names) {
        ValidationReport report = validator.validate(resource(name)).withFile(release + " " + name);
        judged++;
        List<Finding> cel = report.findings().stream()
            .filter(f -> f.rule().startsWith("cel.") && f.severity() != Severity.INFO).toList();
        if (!cel.isEmpty()) {
          failures.add(ValidationReport.of(cel).toText());
        }
      }
    }
    System.out.println("hand-written resources checked by CEL: " + names.size() + " in " + judged + " (release, file) pairs");
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  @Test
  void transitionRulesGiveOneInfoEachAndNoError() throws Exception {
    ValidationReport report = VALIDATOR.validate(resource("ippool.yaml"));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings(Severity.INFO)).extracting(Finding::rule, Finding::path).containsExactly(
        tuple("cel.transition-skipped", "/spec/cidr"),
        tuple("cel.transition-skipped", "/spec/blockSize"));
    assertThat(report.findings(Severity.INFO).get(0).message()).contains("self == oldSelf").contains("oldSelf");
  }

  @Test
  void intOrStringProtocolComparesAsNumberAndAsName() throws Exception {
    String policy = """
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata:
          name: web
        spec:
          ingress:
            - action: Allow
              protocol: %s
              http:
                methods: [GET]
        """;
    assertThat(VALIDATOR.validate(policy.formatted("6")).findings()).isEmpty();
    assertThat(VALIDATOR.validate(policy.formatted("TCP")).findings()).isEmpty();
    ValidationReport udp = VALIDATOR.validate(policy.formatted("17"));
    assertThat(cel(udp)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("cel.rule");
      assertThat(f.path()).isEqualTo("/spec/ingress/0");
      assertThat(f.line()).hasValue(7);
    });
  }

  @Test
  void rulesOfOlderReleasesAreJudgedWithTheirRelease() throws Exception {
    // The admin network policy kinds have CRDs (and rules) in v3.30 and v3.31 only.
    Validator v331 = Validator.forRelease(Release.V3_31).withOfficialManifests(REFERENCE);
    String anp = resource("adminnetworkpolicy.yaml");
    assertThat(v331.validate(anp).findings()).isEmpty();
    ValidationReport mapped = v331.validate(anp.replace("169.254.169.254/32", "::ffff:169.254.169.254/128"));
    assertThat(mapped.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("cel.rule");
      assertThat(f.path()).matches("/spec/egress/\\d+/to/0/networks/0");
    });
    String banp = resource("baselineadminnetworkpolicy.yaml");
    assertThat(v331.validate(banp).findings()).isEmpty();
    assertThat(v331.validate(banp.replaceFirst("name: default", "name: other")).findings())
        .extracting(Finding::rule, Finding::path).containsExactly(tuple("cel.rule", ""));
  }

  @Test
  void aMissingFieldTheRuleReadsIsAnEvaluationError() {
    // The kube-admin rule reads self.spec.defaultAction; without a spec there is nothing to default.
    ValidationReport report = VALIDATOR.validate("""
        apiVersion: projectcalico.org/v3
        kind: Tier
        metadata:
          name: kube-admin
        """);
    assertThat(cel(report)).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("cel.evaluation");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("self.metadata.name == 'kube-admin'");
    });
  }

  @Test
  void valuesOfTheWrongShapeAreLeftToTheStructuralLayer() {
    // A string where an object belongs, and an object where a string belongs: no CEL finding, no crash.
    for (String spec : List.of("spec: oops", "spec: {cidr: {a: 1}, ipipMode: Always, vxlanMode: Always}",
        "spec: {cidr: 10.0.0.0/16, blockSize: '26'}", "spec: {allowedUses: LoadBalancer}")) {
      ValidationReport report = VALIDATOR.validate("""
          apiVersion: projectcalico.org/v3
          kind: IPPool
          metadata: {name: p}
          """ + spec + "\n");
      assertThat(cel(report).stream().filter(f -> f.severity() != Severity.INFO)).as(spec).isEmpty();
    }
  }

  @Test
  void everyRuleOfEveryGeneratedCrdCompiles() {
    int rules = 0;
    List<String> failures = new ArrayList<>();
    for (Release release : Release.all()) {
      for (ApiGroup group : ApiGroup.values()) {
        for (Class<? extends CalicoResource> kind : Kinds.all()) {
          Optional<JsonNode> crd = CrdGenerator.forRelease(group, release).generate(kind);
          if (crd.isEmpty()) {
            continue;
          }
          for (CelCheck c : CelSchema.of(crd.get(), CelEnvironment::compile).allChecks()) {
            rules++;
            if (!c.program().ok()) {
              failures.add(release + " " + group + " " + kind.getSimpleName() + " " + c.schemaPath() + ": "
                  + c.program().error());
            }
          }
        }
      }
    }
    System.out.println("CEL rules compiled across all releases and groups: " + rules);
    assertThat(rules).isGreaterThan(150); // 181: each release with the kinds it ships
    assertThat(failures).isEmpty();
  }

  // ---- binding rules on small schemas --------------------------------------------------------------

  private static JsonNode tree(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The findings of a one-version CRD with {@code schema} on {@code doc}. */
  private static List<Finding> run(String schema, String doc) {
    JsonNode crd = tree("spec: {versions: [{schema: {openAPIV3Schema: " + schema + "}}]}");
    CelSchema s = CelSchema.of(crd, CelEnvironment::compile);
    FindingSink sink = new FindingSink();
    CelDocumentEvaluation.run(s, new ValidatedDocument(0, tree(doc)), sink);
    return sink.findings();
  }

  @Test
  void everyItemAndEveryMapValueIsJudged() {
    String schema = """
        {type: object, properties: {spec: {type: object, properties: {
          list: {type: array, items: {type: object, properties: {n: {type: integer}},
                 x-kubernetes-validations: [{rule: 'self.n > 0', message: positive}]}},
          map: {type: object, additionalProperties: {type: string,
                x-kubernetes-validations: [{rule: "self != ''"}]}}}}}}""";
    List<Finding> found = run(schema, "{spec: {list: [{n: 1}, {n: 0}, {n: -1}], map: {a: x, 'b/c': ''}}}");
    assertThat(found).extracting(Finding::path, Finding::message).containsExactly(
        tuple("/spec/list/1", "positive"),
        tuple("/spec/list/2", "positive"),
        tuple("/spec/map/b~1c", "failed rule: self != ''"));
  }

  @Test
  void transitionRulesInListsAreNotedOncePerDocument() {
    String schema = """
        {type: object, properties: {items: {type: array, items: {type: string,
          x-kubernetes-validations: [{rule: 'self == oldSelf', message: immutable}]}}}}""";
    List<Finding> found = run(schema, "{items: [a, b, c]}");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("cel.transition-skipped");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.path()).isEqualTo("/items/0");
    });
  }

  @Test
  void messageExpressionAndFieldPathAsTheApiServerUsesThem() {
    String schema = """
        {type: object, properties: {spec: {type: object,
          properties: {min: {type: integer}, max: {type: integer}},
          x-kubernetes-validations: [
            {rule: 'self.min <= self.max', message: 'ignored when the expression gives a text',
             messageExpression: "'min ' + string(self.min) + ' is above max ' + string(self.max)",
             fieldPath: .max},
            {rule: 'self.min < 100', message: fallback, messageExpression: 'self.nothing'}]}}}""";
    List<Finding> found = run(schema, "{spec: {min: 200, max: 5}}");
    assertThat(found).extracting(Finding::path, Finding::message).containsExactly(
        tuple("/spec/max", "min 200 is above max 5"),
        tuple("/spec", "fallback"));
  }

  @Test
  void bindingPrunesDefaultsAndDropsNullsAsTheApiServer() {
    String schema = """
        {type: object, properties: {spec: {type: object,
          properties: {
            mode: {type: string, default: Never},
            gone: {type: string},
            maybe: {type: string, nullable: true},
            count: {type: number},
            free: {type: object, x-kubernetes-preserve-unknown-fields: true}},
          x-kubernetes-validations: [
            {rule: "self.mode == 'Never'", message: defaulted},
            {rule: "!has(self.gone)", message: null dropped},
            {rule: "!has(self.unknown)", message: pruned},
            {rule: "has(self.maybe) && self.maybe == null", message: nullable kept},
            {rule: "self.count == 2.0 && self.count == 2", message: number as double},
            {rule: "self.free.a.b == 1", message: preserved}]}}}""";
    assertThat(run(schema, "{spec: {gone: null, maybe: null, unknown: 1, count: 2, free: {a: {b: 1}}}}")).isEmpty();
    assertThat(run(schema, "{spec: {mode: Always, maybe: null, count: 2, free: {a: {b: 1}}}}"))
        .extracting(Finding::message).containsExactly("defaulted");
  }

  /** The CEL layer's own findings: the other layers may judge the same defect too. */
  private static List<Finding> cel(ValidationReport report) {
    return report.findings().stream().filter(f -> f.rule().startsWith("cel.")).toList();
  }
}
