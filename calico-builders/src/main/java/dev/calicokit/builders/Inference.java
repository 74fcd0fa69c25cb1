package dev.calicokit.builders;

import dev.calicokit.builders.internal.OptionText;
import dev.calicokit.model.diff.ChangeType;
import dev.calicokit.model.diff.DocumentChange;
import dev.calicokit.model.diff.FieldChange;
import dev.calicokit.model.diff.ManifestDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@link ManifestOptions#infer} found in a manifest: the release, preset and options that
 * reproduce it, and the residue, every change the options cannot express, as the typed differences
 * from the render of those options to the manifest (documents added, removed and changed; fields added,
 * removed and changed by JSON pointer, env vars among them). CRD description texts and rule messages
 * are not residue: ours differ from Calico's by design.
 */
public final class Inference {
  /** An entry of a container's env list. */
  private static final Pattern ENV_ENTRY = Pattern.compile("/(?:initContainers|containers)/\\d+/env/\\d+$");

  private final ManifestOptions options;
  private final ManifestDiff residue;

  Inference(ManifestOptions options, ManifestDiff residue) {
    this.options = options;
    this.residue = residue;
  }

  /** The options found: version and preset always, the others where the manifest differs from their default. */
  public ManifestOptions options() {
    return options;
  }

  /** What the options do not express: from the render of {@link #options()} to the manifest. */
  public ManifestDiff residue() {
    return residue;
  }

  /** Whether the options reproduce the manifest (its residue is empty). */
  public boolean isExact() {
    return residue.isEmpty();
  }

  /**
   * The env vars of the residue: variables the user added to a container that no option sets and that
   * Calico's manifest of this release and preset does not have, as {@code NAME (Kind name, pointer of
   * the container)}. Felix settings ({@code FELIX_...}) are an option, so they are not among them.
   */
  public List<String> addedEnvVars() {
    List<String> out = new ArrayList<>();
    for (DocumentChange d : residue.documents()) {
      for (FieldChange f : d.fieldChanges()) {
        if (f.type() == ChangeType.ADDED && ENV_ENTRY.matcher(f.path()).find()) {
          String container = f.path().substring(0, f.path().lastIndexOf("/env/"));
          out.add(f.after().orElseThrow().path("name").asText() + " (" + d.key().kind() + " " + d.key().name() + ", "
              + container + ")");
        }
      }
    }
    return out;
  }

  /** The options as {@code calico render} arguments: {@code --preset}, {@code --version}, then {@code --set key=value}. */
  public List<String> renderArguments() {
    return OptionText.renderArguments(options);
  }

  /** The options as Java: a {@code CalicoManifest.builder()} chain that builds them. */
  public String toJava() {
    return OptionText.java(options);
  }

  @Override
  public String toString() {
    return "Inference" + options + (residue.isEmpty() ? "" : " with residue " + residue);
  }
}
