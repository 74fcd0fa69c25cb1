package dev.calicokit.model.diff;

import dev.calicokit.model.internal.DiffWriter;
import dev.calicokit.model.internal.ManifestDiffer;
import dev.calicokit.model.manifest.Manifest;
import java.util.List;

/**
 * The differences between two manifests, as {@code kubectl apply} would see them: documents matched by
 * API version, kind, namespace and name; for each changed document its fields by JSON pointer (numbers
 * compared by value, named lists such as env vars and containers matched by name), a CRD's schemas
 * summarised by property and its description texts counted.
 *
 * <pre>{@code
 * ManifestDiff d = ManifestDiff.between(Manifest.read(oldYaml), Manifest.read(newYaml));
 * d.documents().forEach(c -> System.out.println(c.type().word() + " " + c.key()));
 * }</pre>
 */
public final class ManifestDiff {
  private final List<DocumentChange> documents;

  private ManifestDiff(List<DocumentChange> documents) {
    this.documents = List.copyOf(documents);
  }

  /** What changed from {@code before} to {@code after}. */
  public static ManifestDiff between(Manifest before, Manifest after) {
    return new ManifestDiff(ManifestDiffer.diff(before.documents(), after.documents()));
  }

  /**
   * The documents added, removed or changed, in the new manifest's order with removed documents after
   * the document that preceded them in the old one.
   */
  public List<DocumentChange> documents() {
    return documents;
  }

  /** Whether the two manifests have the same documents with the same fields (texts included). */
  public boolean isEmpty() {
    return documents.isEmpty();
  }

  /** The same differences without documents whose only changes are description texts and rule messages. */
  public ManifestDiff withoutTextOnlyChanges() {
    return new ManifestDiff(documents.stream().filter(d -> !d.isTextOnly()).toList());
  }

  /** How many field changes, schema changes and document additions or removals there are in all. */
  public int size() {
    int n = 0;
    for (DocumentChange d : documents) {
      n += d.type() == ChangeType.CHANGED ? d.fieldChanges().size() + d.schemaChanges().size() : 1;
    }
    return n;
  }

  /**
   * The differences in unified style: {@code --- old} and {@code +++ new}, one {@code @@ key @@} line per
   * document, {@code -pointer: old value} and {@code +pointer: new value} lines, schema changes by
   * property, a count of changed texts and a last line of totals. Empty when the manifests are equal.
   *
   * @param colour whether to colour the lines with ANSI escapes (for a terminal)
   */
  public String toText(String oldName, String newName, boolean colour) {
    return DiffWriter.text(documents, oldName, newName, colour);
  }

  /**
   * The differences as JSON: {@code {"equal": bool, "documents": [{"change", "apiVersion", "kind",
   * "namespace", "name", "oldIndex", "newIndex", "fields": [{"change", "path", "before", "after"}],
   * "schema": [{"version", "property", "change", "before", "after"}], "textChanges"}]}}.
   */
  public String toJson() {
    return DiffWriter.json(documents);
  }

  @Override
  public String toString() {
    return documents.toString();
  }
}
