package dev.calicokit.model.diff;

import java.util.Objects;

/**
 * One change to a property of a CRD's schema, in one CRD version: the property as a dotted path from the
 * schema's root ({@code spec.cidr}, {@code spec.ingress[].action}, {@code spec.nodeSelector{}} for a
 * map's values; the root itself is empty), what changed, and the old and new facts as short text
 * (empty where there was none).
 */
public record SchemaChange(String version, String property, SchemaChangeKind kind, String before, String after) {
  public SchemaChange {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  @Override
  public String toString() {
    return version + " " + (property.isEmpty() ? "(root)" : property) + ": " + kind.word()
        + (before.isEmpty() && after.isEmpty() ? "" : " " + before + " -> " + after);
  }
}
