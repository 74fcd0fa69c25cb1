package dev.calicokit.schemas.internal.calico;

/** Builds JSON pointers (RFC 6901) one step at a time, escaping {@code ~} and {@code /} in keys. */
public final class Pointer {
  private Pointer() {}

  /** The pointer {@code base} extended by one object key or array index. */
  public static String at(String base, Object step) {
    String s = String.valueOf(step);
    if (s.indexOf('~') >= 0 || s.indexOf('/') >= 0) {
      s = s.replace("~", "~0").replace("/", "~1");
    }
    return base + "/" + s;
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
