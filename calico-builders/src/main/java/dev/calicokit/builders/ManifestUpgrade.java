package dev.calicokit.builders;

import dev.calicokit.builders.internal.Upgrader;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.CalicoRelease;
import java.util.List;
import java.util.Objects;

/**
 * A manifest moved to another Calico release with the user's edits: its options are inferred ({@link
 * ManifestOptions#infer}), the manifest is rendered at the new release with them, and every edit the
 * options do not express (the residue) is applied again where its target still exists and the new release
 * did not change it. What could not be carried is listed with the reason. The user's comments go with
 * the nodes they annotate ({@link #comments()}); Calico's own comments of the old file are not carried.
 *
 * <pre>{@code
 * ManifestUpgrade u = ManifestUpgrade.to(Manifest.read(yaml), CalicoRelease.parse("v3.32.1"));
 * Files.writeString(out, u.manifest().toYaml());
 * u.notCarried().forEach(e -> System.err.println(e.toText()));
 * }</pre>
 */
public final class ManifestUpgrade {
  private final ManifestOptions from;
  private final ManifestOptions to;
  private final Manifest manifest;
  private final List<CarriedEdit> edits;
  private final List<ReleaseChange> changes;
  private final CarriedComments comments;

  private ManifestUpgrade(Upgrader.Result r) {
    this.from = r.from();
    this.to = r.to();
    this.manifest = r.manifest();
    this.edits = List.copyOf(r.edits());
    this.changes = List.copyOf(r.changes());
    this.comments = r.comments();
  }

  /**
   * The manifest upgraded to {@code release}.
   *
   * @throws InvalidOptionsException where the manifest names no release this library renders, an option
   *     it uses does not exist in {@code release}, or {@code release} is older (use {@link #to(Manifest,
   *     CalicoRelease, boolean)} to allow that; the message lists what the downgrade removes)
   * @throws dev.calicokit.model.io.ResourceReadException where an item of a {@code kind: List} is no resource
   *     (the items of Lists are matched as documents of their own, and the result has them as such)
   */
  public static ManifestUpgrade to(Manifest manifest, CalicoRelease release) {
    return to(manifest, release, false);
  }

  /** As {@link #to(Manifest, CalicoRelease)}; with {@code allowDowngrade} an older release is allowed too. */
  public static ManifestUpgrade to(Manifest manifest, CalicoRelease release, boolean allowDowngrade) {
    return new ManifestUpgrade(Upgrader.upgrade(Objects.requireNonNull(manifest, "manifest"),
        Objects.requireNonNull(release, "release"), allowDowngrade));
  }

  /** The options inferred from the manifest, at its own release. */
  public ManifestOptions fromOptions() {
    return from;
  }

  /** The same options at the new release: what was rendered. */
  public ManifestOptions toOptions() {
    return to;
  }

  /** Whether the new release is older than the manifest's. */
  public boolean isDowngrade() {
    return CalicoRelease.parse(to.version()).compareTo(CalicoRelease.parse(from.version())) < 0;
  }

  /** The upgraded manifest. */
  public Manifest manifest() {
    return manifest;
  }

  /** Every edit of the residue, carried or not. */
  public List<CarriedEdit> edits() {
    return edits;
  }

  /** The edits that could not be carried over. */
  public List<CarriedEdit> notCarried() {
    return edits.stream().filter(e -> !e.carried()).toList();
  }

  /**
   * What changed for this manifest between the two releases: {@link ReleaseChanges#changes} of the
   * official manifests of both releases rendered with this manifest's preset and options.
   */
  public List<ReleaseChange> changes() {
    return changes;
  }

  /**
   * What became of the manifest's comments: the user's are in {@link #manifest()} at the node they
   * annotate, or before the closest enclosing node where theirs is gone in the new release ({@link
   * CarriedComments#moved()}); Calico's own comments of the old release's file are left behind.
   */
  public CarriedComments comments() {
    return comments;
  }
}
