package dev.calicokit.schemas.internal.cel;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.TypeParamType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import java.util.List;

/**
 * The Kubernetes CEL list functions: {@code isSorted()}, {@code sum()}, {@code min()}, {@code max()},
 * {@code indexOf(x)} and {@code lastIndexOf(x)}. One overload each over {@code list(T)}, because the
 * values of a document are bound dynamically and the element type is known only at run time.
 */
final class CelListsLibrary {
  private static final CelType T = TypeParamType.create("T");
  private static final CelType LIST_T = ListType.create(T);

  private CelListsLibrary() {}

  static List<CelFunctionDecl> declarations() {
    return List.of(
        member("isSorted", "list_is_sorted", SimpleType.BOOL, LIST_T),
        member("sum", "list_sum", T, LIST_T),
        member("min", "list_min", T, LIST_T),
        member("max", "list_max", T, LIST_T),
        member("indexOf", "list_index_of", SimpleType.INT, LIST_T, T),
        member("lastIndexOf", "list_last_index_of", SimpleType.INT, LIST_T, T));
  }

  static List<CelFunctionBinding> bindings() {
    return List.of(
        CelFunctionBinding.from("list_is_sorted", List.class, CelListsLibrary::isSorted),
        CelFunctionBinding.from("list_sum", List.class, CelListsLibrary::sum),
        CelFunctionBinding.from("list_min", List.class, l -> extreme(l, -1, "min")),
        CelFunctionBinding.from("list_max", List.class, l -> extreme(l, 1, "max")),
        CelFunctionBinding.from("list_index_of", List.class, Object.class, (l, x) -> indexOf(l, x, false)),
        CelFunctionBinding.from("list_last_index_of", List.class, Object.class, (l, x) -> indexOf(l, x, true)));
  }

  private static boolean isSorted(List<?> list) throws CelEvaluationException {
    for (int i = 1; i < list.size(); i++) {
      if (compare(list.get(i - 1), list.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private static Object sum(List<?> list) throws CelEvaluationException {
    if (list.stream().allMatch(o -> o instanceof Long)) {
      long total = 0;
      for (Object o : list) {
        total = Math.addExact(total, (Long) o);
      }
      return total;
    }
    if (list.stream().allMatch(o -> o instanceof Double)) {
      double total = 0;
      for (Object o : list) {
        total += (Double) o;
      }
      return total;
    }
    throw new CelEvaluationException("sum() needs a list of only ints or only doubles");
  }

  private static Object extreme(List<?> list, int sign, String name) throws CelEvaluationException {
    if (list.isEmpty()) {
      throw new CelEvaluationException(name + " called on empty list");
    }
    Object best = list.get(0);
    for (Object o : list) {
      if (compare(o, best) * sign > 0) {
        best = o;
      }
    }
    return best;
  }

  private static long indexOf(List<?> list, Object x, boolean last) throws CelEvaluationException {
    long found = -1;
    for (int i = 0; i < list.size(); i++) {
      Object o = list.get(i);
      boolean equal = (o instanceof Number && x instanceof Number) ? compare(o, x) == 0 : o.equals(x);
      if (equal) {
        found = i;
        if (!last) {
          return found;
        }
      }
    }
    return found;
  }

  /** CEL ordering of ints, doubles (with each other), strings (by code point), booleans. */
  static int compare(Object a, Object b) throws CelEvaluationException {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    if (a instanceof Number x && b instanceof Number y && (a instanceof Double || b instanceof Double)) {
      if (a instanceof Long l) {
        return compareLongDouble(l, y.doubleValue());
      }
      if (b instanceof Long l) {
        return -compareLongDouble(l, x.doubleValue());
      }
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    if (a instanceof String x && b instanceof String y) {
      return compareCodePoints(x, y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return Boolean.compare(x, y);
    }
    throw new CelEvaluationException("no ordering between " + typeName(a) + " and " + typeName(b));
  }

  private static int compareLongDouble(long l, double d) {
    // Exact for every long, where converting the long to double would round.
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.isNaN(d) ? -1 : (d > 0 ? -1 : 1);
    }
    return new java.math.BigDecimal(l).compareTo(new java.math.BigDecimal(d));
  }

  private static int compareCodePoints(String x, String y) {
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int a = x.codePointAt(i);
      int b = y.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Integer.compare(x.length() - i, y.length() - j);
  }

  private static String typeName(Object o) {
    return o == null ? "null" : o instanceof Long ? "int" : o instanceof Double ? "double"
        : o instanceof String ? "string" : o instanceof Boolean ? "bool" : o.getClass().getSimpleName();
  }

  private static CelFunctionDecl member(String name, String id, CelType result, CelType... params) {
    return CelFunctionDecl.newFunctionDeclaration(name, CelOverloadDecl.newMemberOverload(id, result, params));
  }
}
