package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.schema.ModelProperties;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Finds every value of one value type (a {@code GoDuration}, a {@code Selector}) in a typed resource,
 * with its JSON pointer: the model's types say which fields hold it, wherever they sit. Metadata and
 * status are not walked, nor is any property whose declared type cannot lead to the value type (the
 * walk of a policy for durations reads nothing).
 */
final class TypedValues {
  private record Key(Class<?> type, Class<?> target) {}

  private static final Map<Key, Boolean> REACHES = new ConcurrentHashMap<>();
  private static final Map<Key, List<ModelProperties.Property>> WALKED = new ConcurrentHashMap<>();

  private TypedValues() {}

  /** Calls {@code visitor} with each value of type {@code target} in {@code resource} and its pointer, in the model's field order. */
  static <T> void visit(Object resource, Class<T> target, BiConsumer<T, String> visitor) {
    walk(resource, target, visitor, null, 0);
  }

  /** Where the walk is; the JSON pointer is written only for the values visited, not for every field passed. */
  private record Steps(Steps parent, Object step) {
    static String pointer(Steps s) {
      return s == null ? "" : Pointer.at(pointer(s.parent), s.step);
    }
  }

  private static boolean holds(Class<?> type, Class<?> target, Set<Class<?>> seen) {
    Key key = new Key(type, target);
    Boolean known = REACHES.get(key);
    if (known != null) {
      return known;
    }
    boolean outermost = seen.isEmpty();
    boolean found = false;
    if (seen.add(type) && ModelProperties.isModelType(type)) {
      for (ModelProperties.Property p : ModelProperties.of(type)) {
        if (reaches(p.accessor().getGenericReturnType(), target, seen)) {
          found = true;
          break;
        }
      }
    }
    // A "no" found while a type further up is still being looked at may be a cut cycle: only the
    // outermost answer, or a "yes", is final.
    if (outermost || found) {
      REACHES.put(key, found);
    }
    return found;
  }

  private static boolean reaches(Type t, Class<?> target, Set<Class<?>> seen) {
    if (t instanceof ParameterizedType pt) {
      for (Type arg : pt.getActualTypeArguments()) {
        if (reaches(arg, target, seen)) {
          return true;
        }
      }
      return false;
    }
    if (t instanceof Class<?> c) {
      return c == target || holds(c, target, seen);
    }
    return false;
  }

  private static <T> void walk(Object value, Class<T> target, BiConsumer<T, String> visitor, Steps at, int depth) {
    if (value == null || depth > 32) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, target, visitor, at, depth));
    } else if (target.isInstance(value)) {
      visitor.accept(target.cast(value), Steps.pointer(at));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), target, visitor, new Steps(at, i), depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      // Stable order for deterministic findings.
      new TreeMap<>(stringKeys(map)).forEach((k, v) -> walk(v, target, visitor, new Steps(at, k), depth + 1));
    } else {
      for (ModelProperties.Property p : walked(value.getClass(), target)) {
        walk(p.get(value), target, visitor, new Steps(at, p.jsonName()), depth + 1);
      }
    }
  }

  /** The properties of a class to walk for {@code target}: none for classes that are not model types. */
  private static List<ModelProperties.Property> walked(Class<?> type, Class<?> target) {
    return WALKED.computeIfAbsent(new Key(type, target), k -> !ModelProperties.isModelType(type) ? List.of()
        : ModelProperties.of(type).stream()
            .filter(p -> !p.jsonName().equals("metadata") && !p.jsonName().equals("status"))
            .filter(p -> reaches(p.accessor().getGenericReturnType(), target, new HashSet<>()))
            .toList());
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
