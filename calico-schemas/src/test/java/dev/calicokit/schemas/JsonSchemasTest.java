package dev.calicokit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.re2j.PatternSyntaxException;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CrdGenerator;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.HandWritten;
import dev.calicokit.schemas.internal.CrdSchemas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The exported schemas are valid draft 2020-12 documents that plain networknt (no Kubernetes formats,
 * no custom settings) compiles, and hand-written resources of their kind validate against them.
 */
class JsonSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry PLAIN = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema META = PLAIN.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  @Test
  void everyKindOfEveryReleaseExportsAValidSchema() {
    int count = 0;
    List<String> failures = new ArrayList<>();
    for (Release release : Release.all()) {
      for (ApiGroup group : ApiGroup.values()) {
        Map<String, JsonNode> all = JsonSchemas.forRelease(group, release).exportAll();
        for (Map.Entry<String, JsonNode> e : all.entrySet()) {
          count++;
          JsonNode schema = e.getValue();
          String where = release.label() + " " + group + " " + e.getKey();
          assertThat(e.getKey()).matches("[a-z0-9]+_v[0-9a-z]+\\.json");
          assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
          assertThat(schema.path("title").asText()).contains(release.label());
          assertThat(schema.toString()).doesNotContain("\"$ref\"");
          var metaErrors = META.validate(schema);
          if (!metaErrors.isEmpty()) {
            failures.add(where + ": " + metaErrors);
          }
          PLAIN.getSchema(schema).initializeValidators();
        }
      }
    }
    System.out.println("exported and compiled " + count + " JSON Schemas");
    assertThat(failures).isEmpty();
    assertThat(count).isGreaterThan(200);
  }

  /**
   * Exported patterns are the CRD's Go RE2 patterns, byte for byte: RE2 consumers (Go's regexp,
   * kubeconform) compile them, and nothing of another dialect, such as a lookaround, leaks in.
   */
  @Test
  void everyExportedPatternIsTheCrdsRe2Pattern() {
    int patterns = 0;
    List<String> failures = new ArrayList<>();
    for (Release release : Release.all()) {
      for (ApiGroup group : ApiGroup.values()) {
        Map<String, JsonNode> all = JsonSchemas.forRelease(group, release).exportAll();
        Map<String, List<String>> crdPatterns = new TreeMap<>();
        for (Class<? extends CalicoResource> kind : Kinds.all()) {
          for (CrdSchemas.Version v : CrdSchemas.versions(group, kind, release.newestPatch(),
              (g, k) -> CrdGenerator.forRelease(g, release.newestPatch()).generate(k))) {
            crdPatterns.put(JsonSchemas.fileName(v.kind(), v.version()), patterns(v.openApiV3Schema()));
          }
        }
        assertThat(crdPatterns.keySet()).isEqualTo(all.keySet());
        for (Map.Entry<String, JsonNode> e : all.entrySet()) {
          String where = release.label() + " " + group + " " + e.getKey();
          List<String> exported = patterns(e.getValue());
          patterns += exported.size();
          if (!exported.equals(crdPatterns.get(e.getKey()))) {
            failures.add(where + ": exported " + exported + ", the CRD has " + crdPatterns.get(e.getKey()));
          }
          for (String p : exported) {
            for (String lookaround : new String[] {"(?=", "(?!", "(?<=", "(?<!"}) {
              if (p.contains(lookaround)) {
                failures.add(where + ": " + p + " has a lookaround " + lookaround);
              }
            }
            try {
              com.google.re2j.Pattern.compile(p);
            } catch (PatternSyntaxException ex) {
              failures.add(where + ": " + p + " is no RE2 pattern: " + ex.getMessage());
            }
          }
        }
      }
    }
    System.out.println("checked " + patterns + " patterns of the exported JSON Schemas against RE2/J and their CRDs");
    assertThat(failures).isEmpty();
    assertThat(patterns).isGreaterThan(100);
  }

  /**
   * The {@code pattern} keywords of a schema, sorted (the export moves the root's metadata); a property
   * named pattern is an object, not text.
   */
  private static List<String> patterns(JsonNode schema) {
    List<String> out = new ArrayList<>();
    collectPatterns(schema, out);
    out.sort(null);
    return out;
  }

  private static void collectPatterns(JsonNode n, List<String> out) {
    if (n.isObject()) {
      JsonNode p = n.get("pattern");
      if (p != null && p.isTextual()) {
        out.add(p.asText());
      }
      n.elements().forEachRemaining(c -> collectPatterns(c, out));
    } else if (n.isArray()) {
      n.elements().forEachRemaining(c -> collectPatterns(c, out));
    }
  }

  @Test
  void fileNamesFollowKubeconform() {
    Map<String, JsonNode> crd = JsonSchemas.forRelease(ApiGroup.CRD_V1, Release.V3_32).exportAll();
    assertThat(crd).containsKeys("ippool_v1.json", "ipamconfig_v1.json", "felixconfiguration_v1.json");
    Map<String, JsonNode> v3 = JsonSchemas.forRelease(ApiGroup.V3, Release.V3_32).exportAll();
    assertThat(v3).containsKeys("ippool_v3.json", "ipamconfiguration_v3.json");
    Map<String, JsonNode> netpol = JsonSchemas.forRelease(ApiGroup.NETPOL, Release.V3_32).exportAll();
    assertThat(netpol).containsOnlyKeys("clusternetworkpolicy_v1alpha2.json");
    Map<String, JsonNode> netpol31 = JsonSchemas.forRelease(ApiGroup.NETPOL, Release.V3_31).exportAll();
    assertThat(netpol31).containsOnlyKeys("adminnetworkpolicy_v1alpha1.json", "baselineadminnetworkpolicy_v1alpha1.json");
    assertThat(JsonSchemas.fileName("IPPool", "v1")).isEqualTo("ippool_v1.json");
  }

  @Test
  void exportIsDeterministic() {
    assertThat(JsonSchemas.forRelease(ApiGroup.V3, Release.V3_30).exportAll().toString())
        .isEqualTo(JsonSchemas.forRelease(ApiGroup.V3, Release.V3_30).exportAll().toString());
    assertThat(JsonSchemas.forRelease(ApiGroup.V3, Release.V3_32).export(IPPool.class)).isPresent();
    assertThat(JsonSchemas.forRelease(ApiGroup.NETPOL, Release.V3_32).export(IPPool.class)).isEmpty();
  }

  @Test
  void handWrittenResourcesValidateAgainstTheirExportedSchema() throws IOException {
    int checked = 0;
    for (String file : HandWrittenResourcesTest.FILES) {
      if (file.startsWith("unknown-fields")) {
        continue;
      }
      JsonNode doc = HandWritten.tree(file);
      var type = Kinds.forType(doc.path("apiVersion").asText(), doc.path("kind").asText()).orElseThrow();
      ApiGroup group = ApiGroup.ofApiVersion(doc.path("apiVersion").asText()).orElseThrow();
      String version = doc.path("apiVersion").asText().substring(doc.path("apiVersion").asText().indexOf('/') + 1);
      // The admin network policy kinds ship up to v3.31 only.
      Release release = file.contains("adminnetworkpolicy") ? Release.V3_31 : Release.V3_32;
      JsonNode schema = JsonSchemas.forRelease(group, release).exportAll()
          .get(JsonSchemas.fileName(doc.path("kind").asText(), version));
      assertThat(schema).as(file + " " + type.getSimpleName()).isNotNull();
      // An editor's validator: plain draft 2020-12, formats as annotations only.
      assertThat(PLAIN.getSchema(schema).validate(doc)).as(file).isEmpty();
      checked++;
    }
    assertThat(checked).isGreaterThan(25);
  }
}
