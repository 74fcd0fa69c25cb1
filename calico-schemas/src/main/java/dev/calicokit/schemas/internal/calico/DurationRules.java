package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.internal.ModelProperties;
import dev.calicokit.model.values.GoDuration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Durations that Calico parses with Go's time.ParseDuration (Felix, BGP and controller intervals, health
 * timeouts). The model types say which fields are durations: the typed resource is walked and every
 * {@link GoDuration} that Go would not parse is reported.
 */
final class DurationRules {
  private DurationRules() {}

  static void check(DocCheck c) {
    c.doc().calicoType().flatMap(t -> c.doc().as(t)).ifPresent(resource -> walk(c, resource, "", 0));
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
