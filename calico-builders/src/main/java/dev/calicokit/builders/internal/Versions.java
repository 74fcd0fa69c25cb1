package dev.calicokit.builders.internal;

import dev.calicokit.builders.InvalidOptionsException;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import java.util.List;
import java.util.Map;

/**
 * The Calico versions the builder renders: every release the model knows ({@link CalicoRelease#all()}:
 * v3.21.1, the seed's, and each patch of v3.24 to v3.32). The renderer builds a minor's newest patch, so
 * an older patch is its minor {@link Release} plus the tag its images carry. The tag is a fact of its
 * own: v3.24.6's manifests were generated with the chart still at v3.24.5, and carry v3.24.5 images.
 */
public final class Versions {
  /** The newest supported version. */
  public static final String LATEST = CalicoRelease.latest().label();

  /** Versions whose images carry another version's tag. */
  private static final Map<String, String> TAG_EXCEPTIONS = Map.of("v3.24.6", "v3.24.5");

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

  /** Every supported version, oldest first. */
  public static List<String> supported() {
    return CalicoRelease.all().stream().map(CalicoRelease::label).toList();
  }

  /**
   * The version of a text such as {@code v3.28.5}, {@code 3.28.5} or {@code v3.28} (the newest patch of
   * that minor); fails listing the supported ones.
   */
  public static Version parse(String text) {
    CalicoRelease r = CalicoRelease.of(text == null ? "" : text).orElse(null);
    if (r != null) {
      return new Version(r.label(), r.minor(), TAG_EXCEPTIONS.getOrDefault(r.label(), r.label()));
    }
    throw new InvalidOptionsException("unsupported Calico version '" + text + "'; supported: "
        + String.join(", ", supported()));
  }

}
