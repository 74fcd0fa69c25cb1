package dev.calicokit.model.manifest;

import java.util.Objects;

/**
 * One comment of a document and the node it annotates, as {@link Manifest#read} attaches it: a line
 * before the document's content ({@link Place#HEAD}), a line before a key or list item ({@link
 * Place#BEFORE}, at that node's pointer), the comment at the end of a node's line ({@link
 * Place#END_OF_LINE}) or a line after the last node ({@link Place#TAIL}). The text is what followed
 * the {@code #}, as written.
 *
 * @param pointer the JSON pointer of the node annotated; empty for the head and the tail
 */
public record DocumentComment(Place place, String pointer, String text) {
  /** Where a comment stands relative to its node. */
  public enum Place { HEAD, BEFORE, END_OF_LINE, TAIL }

  public DocumentComment {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(text, "text");
    if ((place == Place.HEAD || place == Place.TAIL) != pointer.isEmpty()) {
      throw new IllegalArgumentException(place + " comment with pointer '" + pointer + "': the head and the tail have"
          + " none, every other comment has one");
    }
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("a comment's pointer is a JSON pointer, starting with '/': '" + pointer + "'");
    }
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a comment is one line: " + text);
    }
  }
}
