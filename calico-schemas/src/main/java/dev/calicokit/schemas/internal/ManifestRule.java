package dev.calicokit.schemas.internal;

import java.util.List;

/** A check across the documents of a manifest (references between them, images, granted verbs). */
public interface ManifestRule {
  /** Reports what is wrong across {@code docs} to {@code sink}. */
  void check(List<ValidatedDocument> docs, ValidationContext context, FindingSink sink);

  /**
   * Called before a manifest that names Calico images is read, so that the rule can start building
   * what it will probably need ({@link ValidationContext#prefetch}) while the documents are read.
   */
  default void prepare(ValidationContext context) {}
}
