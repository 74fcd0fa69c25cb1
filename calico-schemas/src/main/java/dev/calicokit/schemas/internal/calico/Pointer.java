package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.io.JsonPointers;

/** Builds JSON pointers (RFC 6901) one step at a time, escaping {@code ~} and {@code /} in keys. */
public final class Pointer {
  private Pointer() {}

  /** The pointer {@code base} extended by one object key or array index. */
  public static String at(String base, Object step) {
    return JsonPointers.child(base, String.valueOf(step));
  }

  /** The pointer {@code base} extended by several steps. */
  public static String at(String base, Object... steps) {
    String p = base;
    for (Object s : steps) {
      p = at(p, s);
    }
    return p;
  }
}
