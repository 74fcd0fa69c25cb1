package dev.calicokit.builders.internal;

import dev.calicokit.builders.InvalidOptionsException;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import java.util.List;
import java.util.Map;

/**
 * The Calico versions the builder renders: every release the model knows ({@link CalicoRelease#all()}:
 * v3.21.1, the seed's, and each patch of v3.24 to v3.32), each as it shipped. The parts ask
 * {@link Version#atLeast(Release)} where a minor changed something and {@link Version#atLeast(Release, int)}
 * where a patch did. The image tag is a fact of its own: v3.24.6's manifests were generated with the
 * chart still at v3.24.5, and carry v3.24.5 images.
 */
public final class Versions {
  /** The newest supported version. */
  public static final String LATEST = CalicoRelease.latest().label();

  /** Versions whose images carry another version's tag. */
  private static final Map<String, String> TAG_EXCEPTIONS = Map.of("v3.24.6", "v3.24.5");

  private Versions() {}

  /** A supported version: its release and image tag. */
  public static final class Version {
    private final CalicoRelease exact;
    private final String imageTag;

    Version(CalicoRelease exact, String imageTag) {
      this.exact = exact;
      this.imageTag = imageTag;
    }

    /** The version as Calico writes it, for example {@code v3.28.5}. */
    public String text() {
      return exact.label();
    }

    /** The patch release, for example v3.28.5. */
    public CalicoRelease exact() {
      return exact;
    }

    /** The minor release. */
    public Release release() {
      return exact.minor();
    }

    /** The tag of the Calico images of this version's official files. */
    public String imageTag() {
      return imageTag;
    }

    /** True from the given minor on. */
    public boolean atLeast(Release r) {
      return exact.minor().compareTo(r) >= 0;
    }

    /** True from the given patch of a minor on: {@code atLeast(V3_31, 1)} holds for v3.31.1 and later. */
    public boolean atLeast(Release minor, int patch) {
      int c = exact.minor().compareTo(minor);
      return c > 0 || c == 0 && exact.patch() >= patch;
    }

    /** True from patch {@code from} to patch {@code to} of one minor, both included. */
    public boolean within(Release minor, int from, int to) {
      return exact.minor() == minor && exact.patch() >= from && exact.patch() <= to;
    }

    /** True before the given minor. */
    public boolean before(Release r) {
      return exact.minor().compareTo(r) < 0;
    }

    @Override
    public String toString() {
      return exact.label();
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
      return new Version(r, TAG_EXCEPTIONS.getOrDefault(r.label(), r.label()));
    }
    throw new InvalidOptionsException("unsupported Calico version '" + text + "'; supported: "
        + String.join(", ", supported()));
  }

}
