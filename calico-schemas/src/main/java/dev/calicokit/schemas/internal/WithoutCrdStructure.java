package dev.calicokit.schemas.internal;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.CalicoCodec;
import java.util.Optional;

/**
 * The structure of a kind that calicoctl serves without a CRD (Node, WorkloadEndpoint, Profile): there
 * is no CRD schema, so the model's types judge it, as calicoctl's strict decoding into its Go types
 * does. A field the type does not have is an error ({@code schema.unknown-field}: calicoctl refuses it),
 * and a value of the wrong type one too ({@code schema.bind}, naming the field).
 */
final class WithoutCrdStructure {
  private WithoutCrdStructure() {}

  static void check(ValidatedDocument doc, Class<? extends CalicoResource> type, FindingSink sink) {
    Optional<? extends CalicoResource> typed = doc.as(type);
    if (typed.isEmpty()) {
      RuntimeException e = doc.bindFailure().orElse(null);
      sink.error("schema.bind", doc, e == null ? "" : StructuralRule.pointer(e), "calicoctl cannot read this "
          + doc.kind() + ": " + (e == null ? "it is not a " + doc.kind() : StructuralRule.message(e)));
      return;
    }
    for (String path : CalicoCodec.unknownFieldPaths(typed.get())) {
      String field = path.substring(path.lastIndexOf('/') + 1);
      sink.error("schema.unknown-field", doc, path, "\"" + field + "\" is not a field of " + doc.kind()
          + " (projectcalico.org/v3): calicoctl reads it strictly and refuses the resource");
    }
  }
}
