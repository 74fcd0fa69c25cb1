package dev.calicokit.model.diff;

import java.util.List;
import java.util.Objects;

/**
 * One document added, removed or changed between two manifests. A changed document lists its field
 * changes by JSON pointer; a CRD's schemas are summarised by property instead ({@link #schemaChanges()}),
 * and changed description texts and CEL rule messages are only counted ({@link #textChanges()}).
 *
 * @param oldIndex the document's 0-based index in the old manifest, -1 when added
 * @param newIndex the document's 0-based index in the new manifest, -1 when removed
 */
public record DocumentChange(DocumentKey key, ChangeType type, int oldIndex, int newIndex, List<FieldChange> fieldChanges,
    List<SchemaChange> schemaChanges, int textChanges) {
  public DocumentChange {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    fieldChanges = List.copyOf(fieldChanges);
    schemaChanges = List.copyOf(schemaChanges);
  }

  /** Whether only description texts and rule messages differ (a changed document with nothing else). */
  public boolean isTextOnly() {
    return type == ChangeType.CHANGED && fieldChanges.isEmpty() && schemaChanges.isEmpty();
  }
}
