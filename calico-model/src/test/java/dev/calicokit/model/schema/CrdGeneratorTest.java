package dev.calicokit.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.testing.ReferenceData;
import dev.calicokit.model.testing.ReferenceData.Crd;
import dev.calicokit.model.testing.TreeDiff;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every reference CRD of every release (1,147 versions: v3.21.1's 17 files, crds.yaml of each patch from
 * v3.24.0 to v3.32.1, the v3 CRDs of v3.32.0 and v3.32.1) equals the CRD generated from the model for its
 * group and patch release, except descriptions and CEL messages, which are ours. Differences are printed
 * by path. The releases are read one at a time, so that only one release's CRDs are held at once.
 */
class CrdGeneratorTest {
  @Test
  void generatedCrdsEqualTheReferenceCrds() {
    List<String> problems = new ArrayList<>();
    int equal = 0;
    int total = 0;
    for (java.nio.file.Path dir : ReferenceData.releaseDirs()) {
    List<Crd> crds = ReferenceData.crdsOf(List.of(dir));
    total += crds.size();
    for (Crd crd : crds) {
      Class<? extends CalicoResource> kind = Kinds.forType(crd.apiVersion, crd.kind).orElseThrow();
      JsonNode generated = CrdGenerator.forRelease(crd.group, crd.calicoRelease).generate(kind).orElse(null);
      if (generated == null) {
        problems.add(crd + ": nothing generated");
        continue;
      }
      ObjectNode reference = crd.document.deepCopy();
      ArrayNode versions = (ArrayNode) reference.path("spec").path("versions");
      for (int i = versions.size() - 1; i >= 0; i--) {
        if (!versions.get(i).path("name").asText().equals(crd.version.path("name").asText())) {
          versions.remove(i);
        }
      }
      JsonNode expected = TreeDiff.stripCrdTexts(reference);
      JsonNode actual = TreeDiff.stripCrdTexts(generated.deepCopy());
      List<String> diffs = new ArrayList<>();
      TreeDiff.diffWithNumberKinds(expected, actual, "", diffs);
      if (diffs.isEmpty()) {
        equal++;
      } else {
        diffs.stream().limit(5).forEach(d -> problems.add(crd + " " + d));
      }
    }
    }
    System.out.printf("CRD generation: %d of %d reference CRD versions equal%n", equal, total);
    assertThat(total).isEqualTo(1147);
    problems.stream().limit(100).forEach(p -> System.out.println("  " + p));
    assertThat(problems).isEmpty();
  }

  /**
   * Where the reference describes a field, the generated CRD does too, in our words: taken from the
   * model's Javadoc at build time. No description may repeat Calico's text.
   */
  @Test
  void generatedCrdsDescribeEveryFieldTheReferenceDescribesInOurOwnWords() {
    int described = 0;
    List<String> missing = new ArrayList<>();
    List<String> copied = new ArrayList<>();
    for (Crd crd : ReferenceData.crds()) {
      Class<? extends CalicoResource> kind = Kinds.forType(crd.apiVersion, crd.kind).orElseThrow();
      JsonNode generated = CrdGenerator.forRelease(crd.group, crd.release).generate(kind).orElseThrow()
          .path("spec").path("versions").get(0).path("schema").path("openAPIV3Schema");
      described += compareDescriptions(crd.schema(), generated, crd + " ", missing, copied);
    }
    System.out.printf("CRD descriptions: %d written, %d missing, %d equal to Calico's%n",
        described, missing.size(), copied.size());
    missing.stream().limit(30).forEach(p -> System.out.println("  missing: " + p));
    assertThat(missing).isEmpty();
    assertThat(copied).isEmpty();
  }

  private static int compareDescriptions(JsonNode ref, JsonNode gen, String at, List<String> missing, List<String> copied) {
    int count = 0;
    if (ref.has("description") && !ref.path("description").asText().isBlank()) {
      if (!gen.has("description")) {
        missing.add(at);
      } else {
        count++;
        if (gen.get("description").asText().equals(ref.get("description").asText())) {
          copied.add(at);
        }
      }
    }
    for (String child : new String[] {"items", "additionalProperties"}) {
      if (ref.path(child).isObject() && gen.path(child).isObject()) {
        count += compareDescriptions(ref.get(child), gen.get(child), at + "/" + child, missing, copied);
      }
    }
    for (Iterator<String> it = ref.path("properties").fieldNames(); it.hasNext(); ) {
      String p = it.next();
      if (gen.path("properties").has(p)) {
        count += compareDescriptions(ref.get("properties").get(p), gen.get("properties").get(p),
            at + "/" + p, missing, copied);
      }
    }
    return count;
  }
}
