package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.values.GoDuration;

/**
 * Durations that Calico parses with Go's time.ParseDuration (Felix, BGP and controller intervals, health
 * timeouts). The model types say which fields are durations: the typed resource is walked and every
 * {@link GoDuration} that Go would not parse is reported.
 */
final class DurationRules {
  private DurationRules() {}

  static void check(DocCheck c) {
    c.resource().ifPresent(resource -> TypedValues.visit(resource, GoDuration.class, (d, pointer) -> {
      if (!d.isValid()) {
        c.error("calico.duration.invalid", pointer, DocCheck.q(d.text()) + " is not a Go duration such as 90s,"
            + " 1m30s, 1.5h or 250ms");
      }
    }));
  }
}
