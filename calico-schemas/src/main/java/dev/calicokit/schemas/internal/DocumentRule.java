package dev.calicokit.schemas.internal;

/** A check of one document on its own (structure, CEL, Calico's rules for one resource). */
public interface DocumentRule {
  /** Reports what is wrong with {@code doc} to {@code sink}. */
  void check(ValidatedDocument doc, ValidationContext context, FindingSink sink);
}
