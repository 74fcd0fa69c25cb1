package dev.calicokit.builders.internal;

import dev.calicokit.builders.InvalidOptionsException;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Calico versions the builder renders: v3.21.1 (the seed's), and every patch of v3.24 to v3.32 up
 * to the one whose official files we know. Patches of a minor differ only in image tags, so a version
 * is its minor {@link Release} plus the tag its images carry. The tag is a fact of its own: v3.24.6's
 * manifests were generated with the chart still at v3.24.5, and carry v3.24.5 images.
 */
public final class Versions {
  /** The newest supported version. */
  public static final String LATEST = "v3.32.1";

  /** The newest known patch of each supported minor. */
  private static final Map<Release, Integer> NEWEST_PATCH = new TreeMap<>();
  /** Versions whose images carry another version's tag. */
  private static final Map<String, String> TAG_EXCEPTIONS = Map.of("v3.24.6", "v3.24.5");

  static {
    NEWEST_PATCH.put(Release.V3_21, 1);
    NEWEST_PATCH.put(Release.V3_24, 6);
    NEWEST_PATCH.put(Release.V3_25, 2);
    NEWEST_PATCH.put(Release.V3_26, 5);
    NEWEST_PATCH.put(Release.V3_27, 5);
    NEWEST_PATCH.put(Release.V3_28, 5);
    NEWEST_PATCH.put(Release.V3_29, 7);
    NEWEST_PATCH.put(Release.V3_30, 7);
    NEWEST_PATCH.put(Release.V3_31, 7);
    NEWEST_PATCH.put(Release.V3_32, 1);
  }

  private Versions() {}

  /** A supported version: its text, minor release and image tag. */
  public static final class Version {
    private final String text;
    private final Release release;
    private final String imageTag;

    Version(String text, Release release, String imageTag) {
      this.text = text;
      this.release = release;
      this.imageTag = imageTag;
    }

    /** The version as Calico writes it, for example {@code v3.28.5}. */
    public String text() {
      return text;
    }

    /** The minor release. */
    public Release release() {
      return release;
    }

    /** The tag of the Calico images of this version's official files. */
    public String imageTag() {
      return imageTag;
    }

    /** True from the given minor on. */
    public boolean atLeast(Release r) {
      return release.compareTo(r) >= 0;
    }

    /** True before the given minor. */
    public boolean before(Release r) {
      return release.compareTo(r) < 0;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** The reference patch of a minor release, for example {@code v3.28.5}; empty when unsupported. */
  public static java.util.Optional<String> newestPatch(Release release) {
    return java.util.Optional.ofNullable(NEWEST_PATCH.get(release)).map(p -> release.label() + "." + p);
  }

  /** Every supported version, oldest first. */
  public static List<String> supported() {
    List<String> out = new ArrayList<>();
    NEWEST_PATCH.forEach((r, newest) -> {
      int first = r == Release.V3_21 ? newest : 0;
      for (int p = first; p <= newest; p++) {
        out.add(r.label() + "." + p);
      }
    });
    return Collections.unmodifiableList(out);
  }

  /**
   * The version of a text such as {@code v3.28.5}, {@code 3.28.5} or {@code v3.28} (the newest patch of
   * that minor); fails listing the supported ones.
   */
  public static Version parse(String text) {
    CalicoRelease r = CalicoRelease.of(text == null ? "" : text).orElse(null);
    if (r != null && NEWEST_PATCH.containsKey(r.minor()) && r.patch() <= NEWEST_PATCH.get(r.minor())) {
      return new Version(r.label(), r.minor(), TAG_EXCEPTIONS.getOrDefault(r.label(), r.label()));
    }
    throw new InvalidOptionsException("unsupported Calico version '" + text + "'; supported: "
        + String.join(", ", supported()));
  }

}
