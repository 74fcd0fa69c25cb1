package dev.calicokit.model.io;

/**
 * A place in a source text, as editors count: both 1-based, columns in characters.
 *
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record SourcePosition(int line, int column) {}
