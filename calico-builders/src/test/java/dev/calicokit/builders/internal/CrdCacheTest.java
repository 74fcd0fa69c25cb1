package dev.calicokit.builders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.yaml.CanonicalYaml;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CRD cache written at build time equals what the generator gives now, for every release and group,
 * and holds a file for each, so that rendering never falls back to generating.
 */
class CrdCacheTest {
  private static final ObjectMapper JSON = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  @Test
  void theCacheHoldsExactlyWhatTheModelGeneratesNow() throws Exception {
    int files = 0;
    for (CalicoRelease release : CalicoRelease.all()) {
      for (ApiGroup group : ApiGroup.values()) {
        JsonNode fresh = CrdCache.generated(group, release);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CrdCache.resource(group, release))) {
          assertThat(in).as("cache of " + release + " " + group + " (written by the build)").isNotNull();
          // What matters is what a render writes: the same canonical bytes, document by document.
          JsonNode cached = JSON.readTree(in);
          assertThat(cached.size()).isEqualTo(fresh.size());
          for (int i = 0; i < fresh.size(); i++) {
            assertThat(CanonicalYaml.write(cached.get(i))).as(release + " " + group + " " + i)
                .isEqualTo(CanonicalYaml.write(fresh.get(i)));
          }
          files++;
        }
      }
    }
    // Every release and group, the empty ones (v3 before v3.32, netpol before v3.29) included.
    assertThat(files).isEqualTo(CalicoRelease.all().size() * ApiGroup.values().length);
  }

  @Test
  void cachedDocumentsBindToTheirTypeWhenAskedFor() {
    List<ManifestDocument> docs = CrdCache.documents(ApiGroup.CRD_V1, Release.V3_32.newestPatch());
    assertThat(docs).isNotEmpty().allSatisfy(d -> {
      assertThat(d.as(CustomResourceDefinition.class)).isPresent();
      assertThat(ManifestDocument.of(d.as(CustomResourceDefinition.class).get()).toYaml()).isEqualTo(d.toYaml());
    });
  }
}
