package dev.calicokit.model.io;

import java.util.Optional;

/**
 * Reading a resource failed. The message says where (document index, kind and name where known,
 * JSON pointer, line and column) and what was expected; the parts are also available one by one.
 */
public final class ResourceReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int document;
  private final String kind;
  private final String name;
  private final String pointer;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * An error at a place in a source; {@code line} and {@code column} are 1-based, 0 when unknown.
   */
  public ResourceReadException(
      int document, String kind, String name, String pointer, int line, int column, String problem, Throwable cause) {
    super(format(document, kind, name, pointer, line, column, problem), cause);
    this.document = document;
    this.kind = kind;
    this.name = name;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String format(int document, String kind, String name, String pointer, int line, int column, String problem) {
    StringBuilder sb = new StringBuilder();
    if (line > 0) {
      sb.append("line ").append(line).append(", column ").append(column).append(": ");
    }
    sb.append("document ").append(document);
    if (kind != null) {
      sb.append(" (").append(kind);
      if (name != null) {
        sb.append(' ').append(name);
      }
      sb.append(')');
    }
    if (pointer != null && !pointer.isEmpty()) {
      sb.append(" at ").append(pointer);
    }
    return sb.append(": ").append(problem).toString();
  }

  /** The 0-based index of the document in its file, empty documents counted. */
  public int document() {
    return document;
  }

  /** The document's kind, when it was read before the failure. */
  public Optional<String> kind() {
    return Optional.ofNullable(kind);
  }

  /** The document's name, when it was read before the failure. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** JSON pointer of the failing field inside the document; empty string for the document itself. */
  public String pointer() {
    return pointer == null ? "" : pointer;
  }

  /** 1-based line in the source, 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column in the source, 0 when unknown. */
  public int column() {
    return column;
  }

  /** What went wrong, without the location. */
  public String problem() {
    return problem;
  }
}
