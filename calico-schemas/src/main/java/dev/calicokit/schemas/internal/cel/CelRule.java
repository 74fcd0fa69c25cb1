package dev.calicokit.schemas.internal.cel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.schemas.internal.DocumentRule;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import java.util.Optional;

/**
 * The CEL layer: every {@code x-kubernetes-validations} rule of the document's CRD (for the validator's
 * release), evaluated on every value of the document its schema node matches.
 *
 * <p>Rule ids: {@code cel.rule} (a rule is false; the message is the rule's), {@code cel.evaluation} (a
 * rule fails to evaluate, e.g. reads a field that is absent), {@code cel.transition-skipped} (info: a rule
 * that reads {@code oldSelf} cannot be judged without the stored object; once per document and rule),
 * {@code cel.compile} (warning: a rule our environment cannot compile; none of Calico's). Values whose
 * shape contradicts the schema are left to the structural layer and not judged here.
 *
 * <p>Schemas and compiled programs are cached in the {@link ValidationContext}: each rule is compiled
 * once per release, however many documents and schema nodes use it.
 */
public final class CelRule implements DocumentRule {
  private record SchemaKey(ApiGroup group, Class<?> kind) {}

  private record ProgramKey(String expression) {}

  @Override
  public void check(ValidatedDocument doc, ValidationContext context, FindingSink sink) {
    Optional<ApiGroup> group = doc.calicoGroup();
    Optional<Class<? extends CalicoResource>> kind = doc.calicoType();
    if (group.isEmpty() || kind.isEmpty() || !doc.tree().isObject()) {
      return;
    }
    schema(context, group.get(), kind.get()).ifPresent(s -> CelDocumentEvaluation.run(s, doc, sink));
  }

  /** The compiled rules of a kind's CRD in this context's release; empty when it has no CRD. */
  public static Optional<CelSchema> schema(ValidationContext context, ApiGroup group, Class<? extends CalicoResource> kind) {
    return context.cached(new SchemaKey(group, kind), () -> {
      Optional<JsonNode> crd = context.crd(group, kind);
      return crd.map(c -> CelSchema.of(c,
          rule -> context.cached(new ProgramKey(rule), () -> CelEnvironment.compile(rule))));
    });
  }
}
