package dev.calicokit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.testing.HandWritten;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
