package dev.calicokit.model.internal;

import dev.calicokit.model.io.IncompatibleClassPathException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.Properties;

/**
 * Checks once per class loader that fabric8's model and Jackson on the class path are versions the
 * library works with, so that a user whose build pins another fabric8 line (its 7.x BOM, say) reads a
 * message naming the versions instead of a binding error blamed on some line of their YAML.
 *
 * <p>What is checked is what the library relies on, not version numbers alone: fabric8's classes must
 * carry Jackson 3's databind annotations (fabric8 8 binds with Jackson 3, 7.x with Jackson 2), Jackson
 * 3 must be present, and Jackson 2 must have the read constraints the reader sets (2.16 on).
 */
public final class ClassPathCheck {
  /** The versions the build pins and the tests run with (written by resource filtering). */
  private static final Properties TESTED = tested();
  private static final Optional<String> PROBLEM = problem(Found.onClassPath());

  private ClassPathCheck() {}

  /** What the class path holds, as far as the check needs it; a version is "unknown" when not found. */
  record Found(String fabric8Version, boolean fabric8BoundWithJackson3, String jackson3Version, String jackson2Version) {
    static Found onClassPath() {
      ClassLoader loader = ClassPathCheck.class.getClassLoader();
      String fabric8 = mavenVersion(loader, "io.fabric8", "kubernetes-model-core");
      String jackson3 = versionOf(loader, "tools.jackson.databind.cfg.PackageVersion");
      String jackson2 = versionOf(loader, "com.fasterxml.jackson.databind.cfg.PackageVersion");
      return new Found(fabric8, ClassPathCheck.fabric8BoundWithJackson3(loader), jackson3, jackson2);
    }
  }

  /** Throws {@link IncompatibleClassPathException} if the class path cannot work; cheap after the first call. */
  public static void require() {
    if (PROBLEM.isPresent()) {
      throw new IncompatibleClassPathException(PROBLEM.get());
    }
  }

  /** The problem with what was found, in words a build's owner can act on; empty when it can work. */
  static Optional<String> problem(Found found) {
    String fabric8 = TESTED.getProperty("fabric8");
    String jackson2 = TESTED.getProperty("jackson2");
    String jackson3 = TESTED.getProperty("jackson3");
    String needs = "calicokit " + TESTED.getProperty("calicokit") + " needs ";
    if (found.jackson3Version().equals("unknown")) {
      return Optional.of(needs + "Jackson 3 (tools.jackson.core:jackson-databind " + jackson3
          + " or a newer 3.x), with which fabric8 8 binds its model, but it is not on the class path; "
          + "do not exclude it, or add it to your dependencies");
    }
    if (!found.fabric8BoundWithJackson3()) {
      return Optional.of(needs + "fabric8's Kubernetes model 8.x (io.fabric8:kubernetes-model-*, built and tested with "
          + fabric8 + "), which binds with Jackson 3; the class path has kubernetes-model-core "
          + found.fabric8Version() + ", bound with Jackson 2 (fabric8 7.x and older). Use fabric8 8.x: import "
          + "io.fabric8:kubernetes-client-bom:" + fabric8 + " instead of an older one, or remove the "
          + "dependencyManagement entry that pins it");
    }
    if (olderThan(found.jackson2Version(), 2, 16)) {
      return Optional.of(needs + "Jackson 2.16 or a newer 2.x (com.fasterxml.jackson.core:jackson-databind, "
          + "built and tested with " + jackson2 + "); the class path has " + found.jackson2Version()
          + ". Import com.fasterxml.jackson:jackson-bom:" + jackson2 + " or remove the entry that pins the older one");
    }
    return Optional.empty();
  }

  /** True when the version is known and its major.minor is below the one given. */
  static boolean olderThan(String version, int major, int minor) {
    String[] parts = version.split("[.-]");
    try {
      int ma = Integer.parseInt(parts[0]);
      int mi = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return ma < major || (ma == major && mi < minor);
    } catch (NumberFormatException e) {
      return false; // "unknown" or an unusual version string: let the library try rather than refuse
    }
  }

  private static boolean fabric8BoundWithJackson3(ClassLoader loader) {
    try {
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> deserialize = (Class<? extends Annotation>)
          Class.forName("tools.jackson.databind.annotation.JsonDeserialize", false, loader);
      Class<?> objectMeta = Class.forName("io.fabric8.kubernetes.api.model.ObjectMeta", false, loader);
      return objectMeta.isAnnotationPresent(deserialize);
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static String versionOf(ClassLoader loader, String packageVersionClass) {
    try {
      Class<?> c = Class.forName(packageVersionClass, true, loader);
      return String.valueOf(c.getField("VERSION").get(null)).replace("-SNAPSHOT", "");
    } catch (ReflectiveOperationException | LinkageError e) {
      return "unknown";
    }
  }

  private static String mavenVersion(ClassLoader loader, String group, String artifact) {
    try (InputStream in = loader.getResourceAsStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Properties tested() {
    try (InputStream in = ClassPathCheck.class.getResourceAsStream("dependency-versions.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
