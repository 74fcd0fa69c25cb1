package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CalicoRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Finds the CRD schema that judges a kind at an apiVersion in a release, and converts it. The
 * validator and the JSON Schema export both come here, so that they use the same schema.
 *
 * <p>Releases before v3.32 ship no CRDs for {@code projectcalico.org/v3}: that API is served by the
 * Calico API server, whose types are those of the {@code crd.projectcalico.org/v1} CRDs. For those
 * releases the v1 CRD's schema judges v3 documents.
 */
public final class CrdSchemas {
  private CrdSchemas() {}

  /** One version a kind can be written in: apiVersion, kind as written, and the CRD schema that judges it. */
  public record Version(String apiVersion, String kind, String version, JsonNode openApiV3Schema) {}

  /**
   * The versions of a kind in a group and release, storage version first, using {@code crds} to
   * generate CRDs; empty when the kind does not exist there.
   */
  public static List<Version> versions(ApiGroup group, Class<? extends CalicoResource> type, CalicoRelease release,
      BiFunction<ApiGroup, Class<? extends CalicoResource>, Optional<JsonNode>> crds) {
    Optional<JsonNode> crd = crds.apply(group, type);
    String kindOverride = null;
    String apiOverride = null;
    if (crd.isEmpty() && group == ApiGroup.V3) {
      crd = crds.apply(ApiGroup.CRD_V1, type);
      apiOverride = ApiGroup.V3.apiVersion().orElseThrow();
      kindOverride = v3Kind(type);
    }
    List<Version> out = new ArrayList<>();
    if (crd.isEmpty()) {
      return out;
    }
    JsonNode spec = crd.get().path("spec");
    String kind = kindOverride != null ? kindOverride : spec.path("names").path("kind").asText();
    for (JsonNode v : spec.path("versions")) {
      if (!v.path("served").asBoolean(true)) {
        continue;
      }
      String api = apiOverride != null ? apiOverride : spec.path("group").asText() + "/" + v.path("name").asText();
      Version version = new Version(api, kind, api.substring(api.indexOf('/') + 1), v.path("schema").path("openAPIV3Schema"));
      if (v.path("storage").asBoolean(false)) {
        out.add(0, version);
      } else {
        out.add(version);
      }
      if (apiOverride != null) {
        break; // v1 stands in for v3 once
      }
    }
    return out;
  }

  /** Converts one version's schema. */
  public static ObjectNode convert(Version v, CalicoRelease release) {
    return StructuralSchemaConverter.convert(v.openApiV3Schema(), v.apiVersion(), v.kind(),
        v.kind() + " (" + v.apiVersion() + "), Calico " + release.label());
  }

  private static String v3Kind(Class<? extends CalicoResource> type) {
    try {
      return (String) type.getField("KIND").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getName() + " lacks KIND", e);
    }
  }

  private record Key(ApiGroup group, Class<?> type, String apiVersion) {}

  /** The compiled schema that judges documents of {@code apiVersion} of a kind, built once per context. */
  static Optional<CompiledSchema> compiled(ValidationContext context, ApiGroup group,
      Class<? extends CalicoResource> type, String apiVersion) {
    return context.cached(new Key(group, type, apiVersion), () -> versions(group, type, context.release(), context::crd)
        .stream()
        .filter(v -> v.apiVersion().equals(apiVersion))
        .findFirst()
        .map(v -> CompiledSchema.compile(convert(v, context.release()))));
  }
}
