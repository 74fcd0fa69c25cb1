package dev.calicokit.schemas.internal;

import dev.calicokit.model.io.JsonPointers;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.manifest.BuiltInKinds;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.ApiGroup;
import java.util.List;
import java.util.Optional;

/**
 * Layer (a), structure: the document header; each custom resource against its CRD's schema for the
 * release, with Kubernetes' extensions handled as the API server does ({@link CompiledSchema});
 * built-in kinds against fabric8's types ({@link BuiltInStructure}); other kinds are not judged.
 *
 * <p>Rule ids: {@code schema.header}, {@code schema.type}, {@code schema.required}, {@code schema.enum},
 * {@code schema.pattern}, {@code schema.format}, {@code schema.minimum}, {@code schema.maximum},
 * {@code schema.min-length}, {@code schema.max-length}, {@code schema.min-items},
 * {@code schema.max-items}, {@code schema.min-properties}, {@code schema.max-properties},
 * {@code schema.multiple-of}, {@code schema.unknown-field}, {@code schema.list-set-duplicate},
 * {@code schema.list-map-duplicate}, {@code schema.kind-not-in-release}, {@code schema.bind},
 * {@code schema.built-in}, {@code schema.unknown-kind} (info).
 */
public final class StructuralRule implements DocumentRule {
  @Override
  public void check(ValidatedDocument doc, ValidationContext context, FindingSink sink) {
    if (!header(doc, sink)) {
      return;
    }
    Optional<Class<? extends CalicoResource>> type = doc.calicoType();
    if (type.isPresent()) {
      beyondFloat64(doc.tree(), "", doc, sink);
      custom(doc, type.get(), context, sink);
      return;
    }
    Optional<? extends Class<?>> builtIn = BuiltInKinds.forType(doc.apiVersion(), doc.kind());
    if (builtIn.isPresent()) {
      report(doc, sink, BuiltInStructure.check(doc.tree(), builtIn.get()));
      return;
    }
    if (unknownInCalicosGroup(doc, sink) || unknownInBuiltInGroup(doc, sink)) {
      return;
    }
    sink.info("schema.unknown-kind", doc, "", doc.kind() + " (" + doc.apiVersion()
        + ") is neither a Kubernetes built-in kind nor a Calico kind that this validator knows: its structure was not judged");
  }

  private static final java.math.BigDecimal FLOAT64_MAX = new java.math.BigDecimal(Double.MAX_VALUE);

  /**
   * Numbers beyond a float64 ({@code order: 1e400}): Go's JSON decoder, and so the API server, refuses
   * them, while a JSON Schema number takes any size.
   */
  private static void beyondFloat64(JsonNode n, String at, ValidatedDocument doc, FindingSink sink) {
    if (n.isNumber()) {
      if (n.decimalValue().abs().compareTo(FLOAT64_MAX) > 0) {
        sink.error("schema.number-range", doc, at, SchemaProblem.show(n) + " is beyond the largest number the API server"
            + " reads (about 1.8e308, a float64)");
      }
    } else if (n.isContainerNode() && holdsHugeNumber(n)) {
      // Pointers are built only on the way to a number found too large.
      if (n.isObject()) {
        n.fields().forEachRemaining(e -> beyondFloat64(e.getValue(), at + "/" + JsonPointers.escape(e.getKey()), doc, sink));
      } else {
        for (int i = 0; i < n.size(); i++) {
          beyondFloat64(n.get(i), at + "/" + i, doc, sink);
        }
      }
    }
  }

  /** Whether a number beyond a float64 is anywhere in the tree. */
  private static boolean holdsHugeNumber(JsonNode n) {
    if (n.isNumber()) {
      // Only a BigDecimal or BigInteger node can hold such a number; the others are cheap to pass over.
      return (n.isBigDecimal() || n.isBigInteger()) && n.decimalValue().abs().compareTo(FLOAT64_MAX) > 0;
    }
    if (n.isContainerNode()) {
      for (JsonNode c : n) {
        if (holdsHugeNumber(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Calico's API groups: every kind they serve is known here, so any other is a mistake in the file. */
  private static final List<String> CALICO_API_VERSIONS = List.of("projectcalico.org/v3", "crd.projectcalico.org/v1");

  /**
   * A kind or version that Calico's groups do not have ({@code NetworkPolisy}, {@code projectcalico.org/v2})
   * is an error, as kubectl and calicoctl refuse it, naming the closest kind or version there is.
   */
  private static boolean unknownInCalicosGroup(ValidatedDocument doc, FindingSink sink) {
    String apiVersion = doc.apiVersion();
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    if (!group.equals("projectcalico.org") && !group.equals("crd.projectcalico.org")) {
      return false;
    }
    if (!CALICO_API_VERSIONS.contains(apiVersion)) {
      sink.error("schema.unknown-api-version", doc, "/apiVersion", apiVersion + " is not an API version Calico serves: "
          + "use " + (group.equals("crd.projectcalico.org") ? "crd.projectcalico.org/v1" : "projectcalico.org/v3"));
      return true;
    }
    List<String> known = new java.util.ArrayList<>();
    for (Class<? extends dev.calicokit.model.CalicoResource> k : dev.calicokit.model.io.Kinds.all()) {
      for (String type : dev.calicokit.model.io.Kinds.typesOf(k)) {
        if (type.startsWith(apiVersion + " ")) {
          known.add(type.substring(apiVersion.length() + 1));
        }
      }
    }
    String closest = SchemaErrors.nearest(doc.kind(), known);
    sink.error("schema.unknown-kind-in-group", doc, "/kind", doc.kind() + " is not a kind of " + apiVersion
        + (closest == null ? "" : "; did you mean " + closest + "?"));
    return true;
  }

  /**
   * A kind or version that a group built into Kubernetes does not have ({@code apiVersion: v2} for a
   * ConfigMap, {@code apps/v1 Deploymnet}) is an error, as kubectl refuses it, naming the versions the
   * group serves or the closest kind of the version.
   */
  private static boolean unknownInBuiltInGroup(ValidatedDocument doc, FindingSink sink) {
    String apiVersion = doc.apiVersion();
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    String version = apiVersion.substring(slash + 1);
    java.util.Optional<java.util.Map<String, java.util.Set<String>>> versions = BuiltInGroups.versions(group);
    if (versions.isEmpty()) {
      return false;
    }
    java.util.Set<String> kinds = versions.get().get(version);
    if (kinds == null) {
      String served = versions.get().entrySet().stream().filter(e -> e.getValue().contains(doc.kind()))
          .map(e -> group.isEmpty() ? e.getKey() : group + "/" + e.getKey()).collect(java.util.stream.Collectors.joining(", "));
      sink.error("schema.unknown-api-version", doc, "/apiVersion", apiVersion + " is not an API version Kubernetes serves"
          + (served.isEmpty() ? "" : ": " + doc.kind() + " is served as " + served));
      return true;
    }
    if (kinds.contains(doc.kind())) {
      return false;
    }
    String closest = SchemaErrors.nearest(doc.kind(), kinds);
    sink.error("schema.unknown-kind-in-group", doc, "/kind", doc.kind() + " is not a kind of " + apiVersion
        + (closest == null ? "" : "; did you mean " + closest + "?"));
    return true;
  }

  /** Reports a missing apiVersion, kind or name; false when the document cannot be judged further. */
  private static boolean header(ValidatedDocument doc, FindingSink sink) {
    JsonNode tree = doc.tree();
    if (!tree.isObject()) {
      sink.error("schema.header", doc, "", "a Kubernetes resource is an object with apiVersion, kind and metadata; found "
          + SchemaProblem.typeOf(tree));
      return false;
    }
    boolean judged = true;
    for (String field : new String[] {"apiVersion", "kind"}) {
      JsonNode v = tree.get(field);
      if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
        sink.error("schema.header", doc, "", field + " is missing: every resource names its " + field);
        judged = false;
      } else if (!v.isTextual()) {
        sink.error("schema.header", doc, "/" + field, field + " must be a string, found " + SchemaProblem.typeOf(v));
        judged = false;
      }
    }
    JsonNode meta = tree.get("metadata");
    if (meta == null || meta.isNull()) {
      sink.error("schema.header", doc, "", "metadata is missing: every resource needs metadata with a name");
    } else if (!meta.isObject()) {
      sink.error("schema.header", doc, "/metadata", "metadata must be an object, found " + SchemaProblem.typeOf(meta));
      judged = false;
    } else {
      JsonNode name = meta.get("name");
      boolean generated = meta.path("generateName").isTextual() && !meta.path("generateName").asText().isEmpty();
      if ((name == null || name.isNull() || name.isTextual() && name.asText().isEmpty()) && !generated) {
        sink.error("schema.header", doc, "/metadata", "metadata.name is missing: kubectl apply needs a name");
      }
    }
    return judged;
  }

  private static void custom(ValidatedDocument doc, Class<? extends CalicoResource> type, ValidationContext context,
      FindingSink sink) {
    if (dev.calicokit.model.io.Kinds.isWithoutCrd(type)) {
      WithoutCrdStructure.check(doc, type, sink);
      return;
    }
    ApiGroup group = doc.calicoGroup().orElseThrow();
    Optional<CompiledSchema> schema = CrdSchemas.compiled(context, group, type, doc.apiVersion());
    if (schema.isEmpty()) {
      sink.error("schema.kind-not-in-release", doc, "/apiVersion", doc.kind() + " under " + doc.apiVersion()
          + " does not exist in Calico " + context.release().label() + ": it has no CRD for it");
      return;
    }
    CompiledSchema.Outcome outcome = schema.get().validate(doc.tree());
    report(doc, sink, outcome.problems());
    if (outcome.problems().isEmpty() && doc.bindFailure().isPresent() && !bindsAsStored(outcome.stored(), type)) {
      RuntimeException e = doc.bindFailure().get();
      sink.error("schema.bind", doc, pointer(e),
          "the resource fits its CRD schema but not calicokit's model of " + doc.kind() + ": " + message(e));
    }
  }

  /**
   * Whether the document binds once the nulls the API server drops are gone: {@code spec:} left empty
   * is accepted by the API server, and must not count against the resource.
   */
  private static boolean bindsAsStored(JsonNode stored, Class<? extends CalicoResource> type) {
    try {
      return ManifestDocument.of(stored).as(type).isPresent();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void report(ValidatedDocument doc, FindingSink sink, List<SchemaProblem> problems) {
    for (SchemaProblem p : problems) {
      sink.error(p.rule(), doc, p.pointer(), p.message());
    }
  }

  /** The place Jackson names in a binding failure, as a JSON pointer. */
  static String pointer(RuntimeException e) {
    Throwable t = e;
    while (t != null && !(t instanceof JsonMappingException)) {
      t = t.getCause();
    }
    if (t == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : ((JsonMappingException) t).getPath()) {
      b.append('/').append(r.getFieldName() != null ? JsonPointers.escape(r.getFieldName()) : Integer.toString(r.getIndex()));
    }
    return b.toString();
  }

  static String message(RuntimeException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
