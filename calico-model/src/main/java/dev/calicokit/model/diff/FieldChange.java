package dev.calicokit.model.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One field added, removed or changed in a document, by JSON pointer: into the new document for added
 * and changed fields, into the old one for removed fields. Values are handed out as copies.
 */
public final class FieldChange {
  private final ChangeType type;
  private final String path;
  private final JsonNode before;
  private final JsonNode after;

  public FieldChange(ChangeType type, String path, JsonNode before, JsonNode after) {
    this.type = Objects.requireNonNull(type);
    this.path = Objects.requireNonNull(path);
    this.before = before == null ? null : before.deepCopy();
    this.after = after == null ? null : after.deepCopy();
    if (type != ChangeType.ADDED && before == null || type != ChangeType.REMOVED && after == null) {
      throw new IllegalArgumentException(type.word() + " " + path + ": values missing");
    }
  }

  public ChangeType type() {
    return type;
  }

  /** The JSON pointer of the field, for example {@code /spec/template/spec/containers/0/env/3/value}. */
  public String path() {
    return path;
  }

  /** The old value; empty when the field was added. */
  public Optional<JsonNode> before() {
    return Optional.ofNullable(before).map(JsonNode::deepCopy);
  }

  /** The new value; empty when the field was removed. */
  public Optional<JsonNode> after() {
    return Optional.ofNullable(after).map(JsonNode::deepCopy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldChange f && f.type == type && f.path.equals(path) && Objects.equals(f.before, before)
        && Objects.equals(f.after, after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, path, before, after);
  }

  @Override
  public String toString() {
    return type.word() + " " + path + (before == null ? "" : " " + before) + (after == null ? "" : " -> " + after);
  }
}
