package dev.calicokit.model.diff;

/** Whether something is only in the new manifest, only in the old one, or in both but different. */
public enum ChangeType {
  ADDED,
  REMOVED,
  CHANGED;

  /** {@code added}, {@code removed} or {@code changed}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
