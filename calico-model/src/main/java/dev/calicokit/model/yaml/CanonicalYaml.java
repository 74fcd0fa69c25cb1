package dev.calicokit.model.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.internal.CanonicalWriter;
import dev.calicokit.model.internal.YamlComments;
import java.util.List;

/**
 * Writes JSON trees as canonical YAML: the same tree gives the same bytes, always.
 *
 * <ul>
 *   <li>Documents are separated by {@code ---}; lines end with LF; the text ends with one newline.
 *   <li>Keys keep the tree's order (callers put {@code apiVersion}, {@code kind}, {@code metadata}
 *       first and typed fields in their type's order); nothing is sorted.
 *   <li>Two spaces per level; list items are indented under their key ({@code "  - "}).
 *   <li>A string is written plain unless a YAML 1.1 or 1.2 reader would take it for something else
 *       ({@code "0"}, {@code "true"}, {@code "Off"}, {@code "5663:12"}, ...) or it holds characters
 *       that plain scalars cannot; then it is double-quoted.
 *   <li>A multi-line string is a literal block scalar ({@code |}, {@code |-}, {@code |+}) where one can
 *       hold it exactly (no trailing spaces, no tabs, no leading space on the first line, no control
 *       characters), double-quoted with escapes otherwise. Lines are never folded.
 *   <li>Nulls are written {@code null}; empty maps and lists as {@code {}} and {@code []}; whole numbers
 *       without a fraction (a double holding 65535 is written {@code 65535}); decimals as written.
 *   <li>No anchors, aliases or tags.
 *   <li>Comments (a manifest read by {@code Manifest.read} keeps them) stay with the node they annotate:
 *       lines before a document's content first, lines before a key or list item at its indentation,
 *       an end-of-line comment after the value; blank lines are not kept.
 * </ul>
 */
public final class CanonicalYaml {
  private CanonicalYaml() {}

  /** The documents as one YAML stream. */
  public static String write(List<JsonNode> documents) {
    return CanonicalWriter.write(documents, java.util.Collections.nCopies(documents.size(), YamlComments.NONE));
  }

  /** One document, without a separator. */
  public static String write(JsonNode document) {
    return CanonicalWriter.write(document, YamlComments.NONE);
  }
}
