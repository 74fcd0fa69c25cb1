package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.schema.ModelProperties;
import dev.calicokit.model.values.GoDuration;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Durations that Calico parses with Go's time.ParseDuration (Felix, BGP and controller intervals, health
 * timeouts). The model types say which fields are durations: the typed resource is walked and every
 * {@link GoDuration} that Go would not parse is reported.
 */
final class DurationRules {
  private DurationRules() {}

  private static final Map<Class<?>, Boolean> HAS_DURATIONS = new ConcurrentHashMap<>();

  static void check(DocCheck c) {
    // Binding costs time: only kinds whose model holds durations are bound (not the many policies).
    c.doc().calicoType().filter(t -> holdsDurations(t, new HashSet<>()))
        .flatMap(t -> c.doc().as(t)).ifPresent(resource -> walk(c, resource, "", 0));
  }

  /** True when a duration is reachable from the model type's properties. */
  private static boolean holdsDurations(Class<?> type, Set<Class<?>> seen) {
    Boolean known = HAS_DURATIONS.get(type);
    if (known != null) {
      return known;
    }
    boolean found = false;
    if (seen.add(type) && ModelProperties.isModelType(type)) {
      for (ModelProperties.Property p : ModelProperties.of(type)) {
        if (reaches(p.accessor().getGenericReturnType(), seen)) {
          found = true;
          break;
        }
      }
    }
    if (seen.size() == 1 || found) {
      HAS_DURATIONS.put(type, found);
    }
    return found;
  }

  private static boolean reaches(Type t, Set<Class<?>> seen) {
    if (t instanceof ParameterizedType pt) {
      for (Type arg : pt.getActualTypeArguments()) {
        if (reaches(arg, seen)) {
          return true;
        }
      }
      return false;
    }
    if (t instanceof Class<?> c) {
      return c == GoDuration.class || holdsDurations(c, seen);
    }
    return false;
  }

  private static void walk(DocCheck c, Object value, String pointer, int depth) {
    if (value == null || depth > 32) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(c, v, pointer, depth));
    } else if (value instanceof GoDuration d) {
      if (!d.isValid()) {
        c.error("calico.duration.invalid", pointer, DocCheck.q(d.text()) + " is not a Go duration such as 90s,"
            + " 1m30s, 1.5h or 250ms");
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(c, list.get(i), Pointer.at(pointer, i), depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      // Stable order for deterministic findings.
      new TreeMap<>(stringKeys(map)).forEach((k, v) -> walk(c, v, Pointer.at(pointer, k), depth + 1));
    } else if (ModelProperties.isModelType(value.getClass())) {
      for (ModelProperties.Property p : ModelProperties.of(value.getClass())) {
        if (p.jsonName().equals("metadata") || p.jsonName().equals("status")) {
          continue;
        }
        walk(c, p.get(value), Pointer.at(pointer, p.jsonName()), depth + 1);
      }
    }
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
