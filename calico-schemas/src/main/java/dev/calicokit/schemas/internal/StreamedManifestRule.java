package dev.calicokit.schemas.internal;

import java.util.List;

/**
 * A rule across documents that needs only a small summary of each document (its kind and name, say),
 * so that it can judge a manifest as its documents stream by, without the documents being kept.
 */
public interface StreamedManifestRule extends ManifestRule {
  /** Judges the documents of one manifest, each seen once, in order. */
  interface Pass {
    /** Sees the next document, reporting what it finds about it to {@code sink}. */
    void see(ValidatedDocument doc, ValidationContext context, FindingSink sink);
  }

  /** A pass over a new manifest. */
  Pass start();

  @Override
  default void check(List<ValidatedDocument> docs, ValidationContext context, FindingSink sink) {
    Pass pass = start();
    for (ValidatedDocument d : docs) {
      pass.see(d, context, sink);
    }
  }
}
