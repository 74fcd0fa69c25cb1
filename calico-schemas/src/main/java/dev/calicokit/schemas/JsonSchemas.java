package dev.calicokit.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.CrdGenerator;
import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.internal.CrdSchemas;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Standalone JSON Schema documents (draft 2020-12) of the Calico kinds of one API group and release,
 * for editors and other validators: the schema the validator's structural layer applies, that is the
 * CRD's schema with Kubernetes' extensions spelled out in JSON Schema (nullable, int-or-string, unknown
 * fields rejected, list sets unique, the root's metadata as ObjectMeta). Patterns are the CRD's own,
 * Go RE2 as the API server reads them, written as they are: RE2 consumers (Go's {@code regexp},
 * kubeconform) read them as the API server does; ECMAScript and Java engines read the common subset
 * alike, but not RE2-only syntax such as {@code (?i)} in ECMAScript.
 * Each document has {@code $schema} and {@code title}, no {@code $ref}; the same inputs give the same
 * bytes. CEL rules and list-map key uniqueness, which JSON Schema cannot express, are kept only as
 * their {@code x-kubernetes-*} annotations.
 *
 * <p>File names follow kubeconform's convention {@code {kind}_{version}.json} in lower case, kind as
 * the group writes it: {@code ippool_v1.json}, {@code ipamconfig_v1.json} (crd.projectcalico.org),
 * {@code ipamconfiguration_v3.json}, {@code adminnetworkpolicy_v1alpha1.json}.
 *
 * <pre>{@code
 * Map<String, JsonNode> files = JsonSchemas.forRelease(ApiGroup.CRD_V1, Release.V3_32).exportAll();
 * }</pre>
 *
 * For releases before v3.32, which ship no {@code projectcalico.org/v3} CRDs, the v3 schemas are the
 * {@code crd.projectcalico.org/v1} schemas with the v3 apiVersion and kind, as the Calico API server
 * serves the same types.
 */
public final class JsonSchemas {
  private final ApiGroup group;
  private final CalicoRelease release;

  private JsonSchemas(ApiGroup group, CalicoRelease release) {
    this.group = group;
    this.release = release;
  }

  /** The schemas of one group in one patch release, as its CRDs shipped. */
  public static JsonSchemas forRelease(ApiGroup group, CalicoRelease release) {
    return new JsonSchemas(Objects.requireNonNull(group, "group"), Objects.requireNonNull(release, "release"));
  }

  /** The schemas of one group in the newest patch of a minor release. */
  public static JsonSchemas forRelease(ApiGroup group, Release release) {
    return forRelease(group, Objects.requireNonNull(release, "release").newestPatch());
  }

  /**
   * The JSON Schema of a kind's storage version (for the network-policy kinds, which have several
   * versions, the one the API server stores); empty when the kind does not exist in this group and release.
   */
  public Optional<JsonNode> export(Class<? extends CalicoResource> kind) {
    return versions(kind).stream().findFirst().map(v -> CrdSchemas.convert(v, release));
  }

  /** Every kind's schema in every served version, keyed by file name, sorted by it. */
  public Map<String, JsonNode> exportAll() {
    Map<String, JsonNode> out = new TreeMap<>();
    for (Class<? extends CalicoResource> kind : Kinds.all()) {
      for (CrdSchemas.Version v : versions(kind)) {
        out.put(fileName(v.kind(), v.version()), CrdSchemas.convert(v, release));
      }
    }
    return out;
  }

  /** The file name of a kind's schema: {@code {kind}_{version}.json}, lower case. */
  public static String fileName(String kind, String version) {
    return (kind + "_" + version + ".json").toLowerCase(Locale.ROOT);
  }

  private List<CrdSchemas.Version> versions(Class<? extends CalicoResource> kind) {
    return CrdSchemas.versions(group, kind, release, (g, k) -> CrdGenerator.forRelease(g, release).generate(k));
  }
}
