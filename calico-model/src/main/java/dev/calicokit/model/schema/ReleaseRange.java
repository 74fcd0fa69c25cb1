package dev.calicokit.model.schema;

import java.util.List;
import java.util.Objects;

/**
 * The releases something exists in: from its first release to its last, both included, in the order of
 * {@link CalicoRelease#all()}. Options and chart keys carry one, so that a key a release's chart lacks
 * is refused for that release instead of applied silently.
 */
public final class ReleaseRange {
  private static final ReleaseRange ALL = new ReleaseRange(CalicoRelease.all().get(0), CalicoRelease.latest());

  private final CalicoRelease first;
  private final CalicoRelease last;

  private ReleaseRange(CalicoRelease first, CalicoRelease last) {
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException("a range from " + first + " to " + last + " is empty");
    }
    this.first = first;
    this.last = last;
  }

  /** Every release the model knows. */
  public static ReleaseRange all() {
    return ALL;
  }

  /** From {@code first} to the newest release the model knows. */
  public static ReleaseRange from(CalicoRelease first) {
    return new ReleaseRange(Objects.requireNonNull(first, "first"), CalicoRelease.latest());
  }

  /** From the first patch of a minor on. */
  public static ReleaseRange from(Release minor) {
    return from(minor.patches().get(0));
  }

  /** From {@code first} to {@code last}, both included. */
  public static ReleaseRange between(CalicoRelease first, CalicoRelease last) {
    return new ReleaseRange(Objects.requireNonNull(first, "first"), Objects.requireNonNull(last, "last"));
  }

  /** The first release of the range. */
  public CalicoRelease first() {
    return first;
  }

  /** The last release of the range. */
  public CalicoRelease last() {
    return last;
  }

  /** Whether the range holds a release. */
  public boolean contains(CalicoRelease release) {
    return release.compareTo(first) >= 0 && release.compareTo(last) <= 0;
  }

  /** Whether the range holds every release the model knows. */
  public boolean isAll() {
    return equals(ALL);
  }

  /** The releases of the range, oldest first. */
  public List<CalicoRelease> releases() {
    return CalicoRelease.all().stream().filter(this::contains).toList();
  }

  /** As people say it: {@code v3.31.0 on}, {@code v3.24.0 to v3.30.7}, or {@code every release}. */
  @Override
  public String toString() {
    if (isAll()) {
      return "every release";
    }
    return last.equals(CalicoRelease.latest()) ? first + " on" : first + " to " + last;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReleaseRange r && r.first.equals(first) && r.last.equals(last);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + last.hashCode();
  }
}
