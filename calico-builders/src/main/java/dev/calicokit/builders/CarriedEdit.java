package dev.calicokit.builders;

import dev.calicokit.model.diff.DocumentKey;
import java.util.Objects;

/**
 * One of the user's edits (the residue of {@link ManifestOptions#infer}) and what an upgrade did with
 * it: carried over to the new release's manifest, or not, with the reason (its target is gone or was
 * changed by the new release, which then wins).
 *
 * @param document the document the edit is in
 * @param change the edit in words: {@code set /spec/...[name=calico-node]/env[name=X]/value = 1}, {@code add
 *     document}, ...
 * @param carried whether the upgraded manifest has it
 * @param reason why not, or a note where it was carried without a change ("" where it simply was)
 */
public record CarriedEdit(DocumentKey document, String change, boolean carried, String reason) {
  public CarriedEdit {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(reason, "reason");
  }

  /** One line: {@code carried} or {@code not carried}, the document, the change and the reason. */
  public String toText() {
    return (carried ? "carried: " : "not carried: ") + document + ": " + change + (reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
