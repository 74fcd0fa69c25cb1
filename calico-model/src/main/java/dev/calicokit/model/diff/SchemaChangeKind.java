package dev.calicokit.model.diff;

/** What changed about one property of a CRD's schema. */
public enum SchemaChangeKind {
  /** The property is new. */
  ADDED,
  /** The property is gone. */
  REMOVED,
  /** Its type (or int-or-string) changed. */
  TYPE,
  /** Its format changed. */
  FORMAT,
  /** Its enumeration changed. */
  ENUM,
  /** Its pattern changed. */
  PATTERN,
  /** A minimum, maximum or length, item or property count bound changed. */
  BOUNDS,
  /** Its CEL rules changed (their messages are counted as text changes instead). */
  RULES,
  /** Anything else: default, required, nullable, list or map semantics, ... */
  OTHER;

  /** The lower-case name, as the text and JSON output write it. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
