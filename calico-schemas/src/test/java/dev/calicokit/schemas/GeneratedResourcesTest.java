package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.ModelArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Resources generated from the model's types give no structural error that the model's types rule out:
 * every field the model writes exists in the CRD of v3.32 (the only unknown fields reported are the
 * ones the generator adds on purpose, all named {@code x...}), with the JSON type the CRD wants (type
 * errors only inside {@code metadata.managedFields}, which the generator fills with arbitrary JSON), and
 * what fits the schema binds to the model again. Value-level findings (patterns, enums, bounds, formats,
 * sizes, set and map uniqueness, required fields, missing metadata) are not asserted: the generator draws
 * free values for fields the CRD restricts, so those findings are genuine, and they are counted.
 */
class GeneratedResourcesTest {
  private static final int PER_KIND = 40;
  private static final java.util.Set<String> FIELDS_OF_SOME_RELEASE = fieldsOfEveryRelease();
  /**
   * Fields of an older patch only, which the schemas of each minor's newest patch (above) do not
   * have: v3.30.4 alone spells bpfKubeProxyHealthzPort without its h.
   */
  private static final java.util.Set<String> FIELDS_OF_AN_OLDER_PATCH = java.util.Set.of("bpfKubeProxyHealtzPort");

  private static java.util.Set<String> fieldsOfEveryRelease() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Release r : Release.all()) {
      for (dev.calicokit.model.schema.ApiGroup g : dev.calicokit.model.schema.ApiGroup.values()) {
        JsonSchemas.forRelease(g, r).exportAll().values().forEach(s -> collect(s, out));
      }
    }
    return out;
  }

  private static void collect(com.fasterxml.jackson.databind.JsonNode n, java.util.Set<String> out) {
    if (n.isObject()) {
      n.path("properties").fieldNames().forEachRemaining(out::add);
      n.elements().forEachRemaining(c -> collect(c, out));
    } else if (n.isArray()) {
      n.elements().forEachRemaining(c -> collect(c, out));
    }
  }

  /** Whether a finding comes from what the generator draws freely rather than from the model's structure. */
  private static boolean explained(Finding f) {
    String last = f.path().substring(f.path().lastIndexOf('/') + 1);
    return switch (f.rule()) {
      // The generator draws every field the model knows, in any release and group, also those that
      // v3.32's CRD of this group does not have (status of v1 kinds, fields removed or not yet there).
      case "schema.unknown-field" -> last.startsWith("x") || FIELDS_OF_SOME_RELEASE.contains(last)
          || FIELDS_OF_AN_OLDER_PATCH.contains(last);
      // BlockAffinity's deleted is a string ("true") under crd.projectcalico.org/v1 and a boolean under
      // projectcalico.org/v3; the generator draws either form for either group.
      case "schema.type" -> f.path().startsWith("/metadata/managedFields/")
          || f.kind().orElse("").equals("BlockAffinity") && f.path().equals("/spec/deleted")
          // Felix's failsafe ports take a protocol name only; the model's Protocol also holds numbers.
          || f.path().matches("/spec/failsafe(In|Out)boundHostPorts/\\d+/protocol");
      case "schema.bind", "schema.kind-not-in-release", "schema.built-in", "schema.unknown-kind" -> false;
      default -> true;
    };
  }

  @Test
  void generatedResourcesFitTheirCrdStructure() {
    Validator latest = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE);
    // The admin network policy kinds ship up to v3.31 only: judge them with that release.
    Validator v331 = Validator.forRelease(Release.V3_31).withOfficialManifests(REFERENCE);
    Random random = new Random(20250301L);
    Map<String, Integer> seen = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int resources = 0;
    for (Class<? extends CalicoResource> kind : Kinds.all()) {
      for (int i = 0; i < PER_KIND; i++) {
        CalicoResource r = ModelArbitraries.resource(kind, random);
        resources++;
        Validator validator = kind.getSimpleName().endsWith("AdminNetworkPolicy") ? v331 : latest;
        for (Finding f : validator.validate(r).findings(Severity.ERROR)) {
          seen.merge(f.rule(), 1, Integer::sum);
          if (!explained(f) && failures.size() < 20) {
            failures.add(kind.getSimpleName() + " " + r.apiVersion() + ": " + f.rule() + " " + f.path() + " " + f.message());
          }
        }
      }
    }
    System.out.println("validated " + resources + " generated resources; error findings by rule: " + seen);
    assertThat(failures).isEmpty();
  }
}
