package dev.calicokit.model.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Calico release as it shipped, a patch of a minor {@link Release}: v3.21.1 and every patch from
 * v3.24.0 to v3.32.1, oldest first. Two patches of a minor may differ (a CRD property, a volume, an RBAC
 * rule), so facts that differ carry a patch scope ({@code fromPatch}, {@code toPatch}) beside their minor
 * one.
 */
public final class CalicoRelease implements Comparable<CalicoRelease> {
  private static final Pattern TEXT = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
  private static final List<CalicoRelease> ALL;

  static {
    List<CalicoRelease> all = new ArrayList<>();
    for (Release minor : Release.values()) {
      int first = minor == Release.V3_21 ? minor.newestPatchNumber() : 0;
      for (int p = first; p <= minor.newestPatchNumber(); p++) {
        all.add(new CalicoRelease(minor, p));
      }
    }
    ALL = Collections.unmodifiableList(all);
  }

  private final Release minor;
  private final int patch;

  private CalicoRelease(Release minor, int patch) {
    this.minor = minor;
    this.patch = patch;
  }

  /** Every release the model knows, oldest first. */
  public static List<CalicoRelease> all() {
    return ALL;
  }

  /** The newest release the model knows. */
  public static CalicoRelease latest() {
    return ALL.get(ALL.size() - 1);
  }

  /**
   * The release a text names: {@code v3.28.5} or {@code 3.28.5} that patch, {@code v3.28} the newest
   * patch of the minor; empty for a release the model does not know.
   */
  public static Optional<CalicoRelease> of(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Release> minor = Release.of("v" + m.group(1) + "." + m.group(2));
    if (minor.isEmpty()) {
      return Optional.empty();
    }
    if (m.group(3) == null) {
      return Optional.of(minor.get().newestPatch());
    }
    int patch = Integer.parseInt(m.group(3));
    return ALL.stream().filter(r -> r.minor == minor.get() && r.patch == patch).findFirst();
  }

  /**
   * The release a text names, or an {@link IllegalArgumentException} that lists the known ones.
   */
  public static CalicoRelease parse(String text) {
    return of(text).orElseThrow(() -> new IllegalArgumentException("unknown Calico release '" + text + "'; known: "
        + String.join(", ", ALL.stream().map(CalicoRelease::label).toList())));
  }

  /** The minor release, for example {@code v3.28} for v3.28.5. */
  public Release minor() {
    return minor;
  }

  /** The patch number, for example 5 for v3.28.5. */
  public int patch() {
    return patch;
  }

  /** As Calico writes it, for example {@code v3.28.5}. */
  public String label() {
    return minor.label() + "." + patch;
  }

  /** Whether this is the newest patch of its minor the model knows. */
  public boolean isNewestOfItsMinor() {
    return patch == minor.newestPatchNumber();
  }

  /**
   * True when this release lies between {@code from}.{@code fromPatch} and {@code to}.{@code toPatch},
   * both included: the scope of a fact.
   */
  public boolean within(Release from, int fromPatch, Release to, int toPatch) {
    int lower = minor.compareTo(from);
    int upper = minor.compareTo(to);
    return (lower > 0 || lower == 0 && patch >= fromPatch) && (upper < 0 || upper == 0 && patch <= toPatch);
  }

  @Override
  public int compareTo(CalicoRelease o) {
    int c = minor.compareTo(o.minor);
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CalicoRelease r && r.minor == minor && r.patch == patch;
  }

  @Override
  public int hashCode() {
    return minor.hashCode() * 31 + patch;
  }

  @Override
  public String toString() {
    return label();
  }
}
