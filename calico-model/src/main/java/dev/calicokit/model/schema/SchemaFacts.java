package dev.calicokit.model.schema;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the {@link Fact}, {@link Cel} and {@link Present} annotations of the model for one API group
 * and release: what a CRD of that release says about a property.
 */
public final class SchemaFacts {
  private SchemaFacts() {}

  /**
   * True when the annotated property (an accessor) or kind (a type) exists in the group and release.
   * Without {@link Present} annotations it exists everywhere its owner does.
   */
  public static boolean present(AnnotatedElement element, ApiGroup group, CalicoRelease release) {
    Present[] ranges = element.getAnnotationsByType(Present.class);
    if (ranges.length == 0) {
      return true;
    }
    return Arrays.stream(ranges).anyMatch(p -> holds(p.groups(), p.from(), p.fromPatch(), p.to(), p.toPatch(), group, release));
  }

  /** The facts about a schema node of the element that hold in the group and release. */
  public static List<Fact> facts(AnnotatedElement element, SchemaNode node, ApiGroup group, CalicoRelease release) {
    return Arrays.stream(element.getAnnotationsByType(Fact.class))
        .filter(f -> f.node() == node && holds(f.groups(), f.from(), f.fromPatch(), f.to(), f.toPatch(), group, release))
        .collect(Collectors.toList());
  }

  /** The CEL rules on a schema node of the element that hold in the group and release, in CRD order. */
  public static List<Cel> rules(AnnotatedElement element, SchemaNode node, ApiGroup group, CalicoRelease release) {
    return Arrays.stream(element.getAnnotationsByType(Cel.class))
        .filter(c -> c.node() == node && holds(c.groups(), c.from(), c.fromPatch(), c.to(), c.toPatch(), group, release))
        .sorted(Comparator.comparingInt(Cel::position))
        .collect(Collectors.toList());
  }

  /** The CRD declarations of a kind that hold in the group and release (one, where the kind exists there). */
  public static List<CrdDefinition> definitions(Class<?> kind, ApiGroup group, CalicoRelease release) {
    return Arrays.stream(kind.getAnnotationsByType(CrdDefinition.class))
        .filter(d -> holds(d.groups(), d.from(), d.fromPatch(), d.to(), d.toPatch(), group, release))
        .collect(Collectors.toList());
  }

  /** The printer columns of a kind in the group and release, in CRD order. */
  public static List<PrinterColumn> printerColumns(Class<?> kind, ApiGroup group, CalicoRelease release) {
    return Arrays.stream(kind.getAnnotationsByType(PrinterColumn.class))
        .filter(c -> holds(c.groups(), c.from(), c.fromPatch(), c.to(), c.toPatch(), group, release))
        .sorted(Comparator.comparingInt(PrinterColumn::position))
        .collect(Collectors.toList());
  }

  /** The metadata annotations of a kind's CRD document in the group and release. */
  public static List<CrdAnnotation> crdAnnotations(Class<?> kind, ApiGroup group, CalicoRelease release) {
    return Arrays.stream(kind.getAnnotationsByType(CrdAnnotation.class))
        .filter(a -> holds(a.groups(), a.from(), a.fromPatch(), a.to(), a.toPatch(), group, release))
        .collect(Collectors.toList());
  }

  private static boolean holds(ApiGroup[] groups, Release from, int fromPatch, Release to, int toPatch, ApiGroup group,
      CalicoRelease release) {
    boolean inGroup = groups.length == 0 || Arrays.asList(groups).contains(group);
    return inGroup && release.within(from, fromPatch, to, toPatch);
  }

  /** As {@link #present} for the newest patch of a minor release. */
  public static boolean present(AnnotatedElement element, ApiGroup group, Release release) {
    return present(element, group, release.newestPatch());
  }

  /** As {@link #facts} for the newest patch of a minor release. */
  public static List<Fact> facts(AnnotatedElement element, SchemaNode node, ApiGroup group, Release release) {
    return facts(element, node, group, release.newestPatch());
  }

  /** As {@link #rules} for the newest patch of a minor release. */
  public static List<Cel> rules(AnnotatedElement element, SchemaNode node, ApiGroup group, Release release) {
    return rules(element, node, group, release.newestPatch());
  }

  /** As {@link #definitions} for the newest patch of a minor release. */
  public static List<CrdDefinition> definitions(Class<?> kind, ApiGroup group, Release release) {
    return definitions(kind, group, release.newestPatch());
  }

  /** As {@link #printerColumns} for the newest patch of a minor release. */
  public static List<PrinterColumn> printerColumns(Class<?> kind, ApiGroup group, Release release) {
    return printerColumns(kind, group, release.newestPatch());
  }

  /** As {@link #crdAnnotations} for the newest patch of a minor release. */
  public static List<CrdAnnotation> crdAnnotations(Class<?> kind, ApiGroup group, Release release) {
    return crdAnnotations(kind, group, release.newestPatch());
  }
}
