package dev.calicokit.model.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The minor Calico releases whose CRD facts the model carries, oldest first; {@link CalicoRelease} names
 * each patch. A fact annotated with a range {@code from..to} holds for every release between the two,
 * both included, narrowed to patches by {@code fromPatch} and {@code toPatch} where patches differ.
 */
public enum Release {
  V3_21("v3.21", 1),
  V3_24("v3.24", 6),
  V3_25("v3.25", 2),
  V3_26("v3.26", 5),
  V3_27("v3.27", 5),
  V3_28("v3.28", 5),
  V3_29("v3.29", 7),
  V3_30("v3.30", 7),
  V3_31("v3.31", 7),
  V3_32("v3.32", 1);

  private final String label;
  private final int newestPatch;

  Release(String label, int newestPatch) {
    this.label = label;
    this.newestPatch = newestPatch;
  }

  /** The newest patch of this minor that the model knows, for example v3.28.5 for v3.28. */
  public CalicoRelease newestPatch() {
    return CalicoRelease.of(label + "." + newestPatch).orElseThrow();
  }

  /** The patches of this minor that the model knows, oldest first. */
  public java.util.List<CalicoRelease> patches() {
    return CalicoRelease.all().stream().filter(r -> r.minor() == this).toList();
  }

  int newestPatchNumber() {
    return newestPatch;
  }

  /** The minor release as Calico names it, for example {@code v3.28}. */
  public String label() {
    return label;
  }

  /** The newest release the model knows. */
  public static Release latest() {
    return V3_32;
  }

  /** Every release the model knows, oldest first. */
  public static List<Release> all() {
    return List.of(values());
  }

  /**
   * Finds the release of a version string such as {@code v3.28}, {@code v3.28.5} or {@code 3.28.5}.
   */
  public static Optional<Release> of(String version) {
    String v = version.trim().toLowerCase(Locale.ROOT);
    if (!v.startsWith("v")) {
      v = "v" + v;
    }
    String[] parts = v.split("\\.");
    if (parts.length < 2) {
      return Optional.empty();
    }
    String minor = parts[0] + "." + parts[1];
    return Arrays.stream(values()).filter(r -> r.label.equals(minor)).findFirst();
  }

  /** True when this release lies in {@code from..to}, both included. */
  public boolean within(Release from, Release to) {
    return compareTo(from) >= 0 && compareTo(to) <= 0;
  }
}
