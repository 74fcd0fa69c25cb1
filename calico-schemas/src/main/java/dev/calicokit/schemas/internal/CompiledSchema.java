package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A converted CRD schema compiled once by networknt, with what validating a document against it needs:
 * the API server's null pruning, defaulting and list rules ({@link KubeExtensions}) first, then the
 * JSON Schema keywords, each error told in our words ({@link SchemaErrors}).
 */
public final class CompiledSchema {
  // One registry for all: the draft 2020-12 dialect with Kubernetes' formats instead of JSON Schema's,
  // and patterns evaluated as Go RE2, the dialect CRDs write them in.
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(
      Dialect.builder(Dialects.getDraft202012())
          .formats(formats -> {
            formats.clear();
            KubeFormats.networkntFormats().forEach(f -> formats.put(f.getName(), f));
          })
          .build(),
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
          .pathType(PathType.JSON_POINTER)
          .formatAssertionsEnabled(true)
          .regularExpressionFactory(Re2RegularExpressionFactory.getInstance())
          .build()));

  private final ObjectNode jsonSchema;
  private final Schema schema;
  private final Map<JsonNode, List<Map.Entry<String, JsonNode>>> defaulted;

  private CompiledSchema(ObjectNode jsonSchema) {
    this.jsonSchema = jsonSchema;
    this.defaulted = KubeExtensions.defaultedProperties(jsonSchema);
    this.schema = REGISTRY.getSchema(jsonSchema);
    this.schema.initializeValidators();
  }

  /** Compiles a schema made by {@link StructuralSchemaConverter}. */
  public static CompiledSchema compile(ObjectNode jsonSchema) {
    return new CompiledSchema(jsonSchema);
  }

  /** The JSON Schema document (shared: do not change it). */
  public ObjectNode jsonSchema() {
    return jsonSchema;
  }

  /** The problems of a document, and the document as the API server would store it (nulls pruned, defaults set). */
  record Outcome(List<SchemaProblem> problems, JsonNode stored) {}

  /** What is structurally wrong with {@code document}, in order of discovery, without repeats. */
  Outcome validate(JsonNode document) {
    KubeExtensions.Prepared prepared = KubeExtensions.prepare(document, jsonSchema, defaulted);
    Set<SchemaProblem> out = new LinkedHashSet<>(prepared.problems());
    Set<String> placed = new LinkedHashSet<>();
    for (SchemaProblem p : prepared.problems()) {
      placed.add(p.rule() + " " + p.pointer());
    }
    for (Error e : schema.validate(prepared.document())) {
      SchemaProblem p = SchemaErrors.translate(e, jsonSchema);
      // One finding per rule and place: an enum repeated in allOf, for one, would say the same twice.
      if (p != null && placed.add(p.rule() + " " + p.pointer())) {
        out.add(p);
      }
    }
    return new Outcome(new ArrayList<>(out), prepared.document());
  }
}
