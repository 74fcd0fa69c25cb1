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
  public static boolean present(AnnotatedElement element, ApiGroup group, Release release) {
    Present[] ranges = element.getAnnotationsByType(Present.class);
    if (ranges.length == 0) {
      return true;
    }
    return Arrays.stream(ranges).anyMatch(p -> holds(p.groups(), p.from(), p.to(), group, release));
  }

  /** The facts about a schema node of the element that hold in the group and release. */
  public static List<Fact> facts(AnnotatedElement element, SchemaNode node, ApiGroup group, Release release) {
    return Arrays.stream(element.getAnnotationsByType(Fact.class))
        .filter(f -> f.node() == node && holds(f.groups(), f.from(), f.to(), group, release))
        .collect(Collectors.toList());
  }

  /** The CEL rules on a schema node of the element that hold in the group and release, in CRD order. */
  public static List<Cel> rules(AnnotatedElement element, SchemaNode node, ApiGroup group, Release release) {
    return Arrays.stream(element.getAnnotationsByType(Cel.class))
        .filter(c -> c.node() == node && holds(c.groups(), c.from(), c.to(), group, release))
        .sorted(Comparator.comparingInt(Cel::position))
        .collect(Collectors.toList());
  }

  /** The CRD declarations of a kind that hold in the group and release (one, where the kind exists there). */
  public static List<CrdDefinition> definitions(Class<?> kind, ApiGroup group, Release release) {
    return Arrays.stream(kind.getAnnotationsByType(CrdDefinition.class))
        .filter(d -> holds(d.groups(), d.from(), d.to(), group, release))
        .collect(Collectors.toList());
  }

  /** The printer columns of a kind in the group and release, in CRD order. */
  public static List<PrinterColumn> printerColumns(Class<?> kind, ApiGroup group, Release release) {
    return Arrays.stream(kind.getAnnotationsByType(PrinterColumn.class))
        .filter(c -> holds(c.groups(), c.from(), c.to(), group, release))
        .sorted(Comparator.comparingInt(PrinterColumn::position))
        .collect(Collectors.toList());
  }

  /** The metadata annotations of a kind's CRD document in the group and release. */
  public static List<CrdAnnotation> crdAnnotations(Class<?> kind, ApiGroup group, Release release) {
    return Arrays.stream(kind.getAnnotationsByType(CrdAnnotation.class))
        .filter(a -> holds(a.groups(), a.from(), a.to(), group, release))
        .collect(Collectors.toList());
  }

  private static boolean holds(ApiGroup[] groups, Release from, Release to, ApiGroup group, Release release) {
    boolean inGroup = groups.length == 0 || Arrays.asList(groups).contains(group);
    return inGroup && release.within(from, to);
  }
}
