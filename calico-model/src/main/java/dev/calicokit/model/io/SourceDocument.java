package dev.calicokit.model.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One document of a YAML or JSON stream as read: its position in the stream (empty documents count),
 * the line it starts on, and its content as a tree, or null for an empty document. The tree is the
 * reader's own; callers that keep it must not change it.
 *
 * @param index the 0-based position of the document in its stream
 * @param line the 1-based line of the document's first token
 * @param tree the content, or null for an empty document
 */
public record SourceDocument(int index, int line, JsonNode tree) {
  /** True for a document with no content. */
  public boolean isEmpty() {
    return tree == null || tree.isNull() || tree.isMissingNode() || tree.isTextual() && tree.textValue().isEmpty();
  }
}
