package dev.calicokit.schemas.internal;

import java.util.List;

/**
 * A rule across documents that judges a manifest as its documents stream by, keeping of each only the
 * small facts it needs (a key of kind, namespace and name; a ConfigMap's key names; a reference to check
 * once every document is known), so that no document is kept for it once it has been seen.
 */
public interface StreamedManifestRule extends ManifestRule {
  /** Judges the documents of one manifest, each seen once, in order. */
  interface Pass {
    /** Sees the next document, reporting what it finds about it to {@code sink}. */
    void see(ValidatedDocument doc, ValidationContext context, FindingSink sink);

    /**
     * Called once after the last document: reports what needed every document to judge (a reference to
     * a document that may come later, the most common image tag). Findings about one document must come
     * in the order the rule would give them judging that document alone; across documents, the validator
     * orders them.
     */
    default void finish(ValidationContext context, FindingSink sink) {}
  }

  /** A pass over a new manifest. */
  Pass start();

  @Override
  default void check(List<ValidatedDocument> docs, ValidationContext context, FindingSink sink) {
    Pass pass = start();
    for (ValidatedDocument d : docs) {
      pass.see(d, context, sink);
    }
    pass.finish(context, sink);
  }
}
