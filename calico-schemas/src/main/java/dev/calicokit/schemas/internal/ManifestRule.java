package dev.calicokit.schemas.internal;

import java.util.List;

/** A check across the documents of a manifest (references between them, images, granted verbs). */
public interface ManifestRule {
  /** Reports what is wrong across {@code docs} to {@code sink}. */
  void check(List<ValidatedDocument> docs, ValidationContext context, FindingSink sink);
}
