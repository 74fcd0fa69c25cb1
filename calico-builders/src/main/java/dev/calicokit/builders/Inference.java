package dev.calicokit.builders;

import dev.calicokit.builders.internal.CommentCarrier;
import dev.calicokit.builders.internal.OptionText;
import dev.calicokit.model.diff.ChangeType;
import dev.calicokit.model.diff.DocumentChange;
import dev.calicokit.model.diff.FieldChange;
import dev.calicokit.model.diff.ManifestDiff;
import dev.calicokit.model.manifest.Manifest;
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
  private final Manifest source;
  private final Manifest render;
  /** The render with the source's comments, made when first asked for (most callers want the options alone). */
  private volatile CommentCarrier.Result commented;

  Inference(ManifestOptions options, ManifestDiff residue, Manifest source, Manifest render) {
    this.options = options;
    this.residue = residue;
    this.source = source;
    this.render = render;
  }

  /** The options found: version and preset always, the others where the manifest differs from their default. */
  public ManifestOptions options() {
    return options;
  }

  /** What the options do not express: from the render of {@link #options()} to the manifest. */
  public ManifestDiff residue() {
    return residue;
  }

  /**
   * The render of {@link #options()} with the manifest's comments carried to it: each of the user's to the
   * node it annotates (same document, same JSON pointer, an item of a named list by its name), or where
   * that node is not in the render (the residue removed or added it) before the closest enclosing node
   * there is. Calico's own comments of its official files are not carried (the render writes none of
   * them). The residue is not applied: where {@link #isExact()}, this is the manifest with the user's
   * comments alone.
   */
  public Manifest rendered() {
    return carried().manifest();
  }

  /** What became of the manifest's comments in {@link #rendered()}. */
  public CarriedComments comments() {
    return carried().comments();
  }

  private CommentCarrier.Result carried() {
    CommentCarrier.Result c = commented;
    if (c == null) {
      c = CommentCarrier.carry(source, render);
      commented = c;
    }
    return c;
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
