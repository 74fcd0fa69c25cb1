package dev.calicokit.schemas.internal;

import java.util.Optional;

/**
 * What a finding needs of its document (index, kind and name), without its tree: the rules across
 * documents keep these for the findings they make once every document has streamed by, so that the
 * documents themselves need not be kept.
 */
public record DocumentRef(int index, String kind, Optional<String> name) {
  /** The reference of a document under validation. */
  public static DocumentRef of(ValidatedDocument d) {
    return new DocumentRef(d.index(), d.kind(), d.name());
  }
}
