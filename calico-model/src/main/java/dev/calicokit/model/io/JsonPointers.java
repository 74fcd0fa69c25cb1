package dev.calicokit.model.io;

/**
 * JSON pointers (RFC 6901) as findings and read errors name fields: {@code /spec/ingress/0/protocol}.
 * The one place their escaping is written.
 */
public final class JsonPointers {
  private JsonPointers() {}

  /** One key as a pointer segment: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}. */
  public static String escape(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
  }

  /** A pointer one key or index deeper: {@code child("/spec", "a/b")} is {@code /spec/a~1b}. */
  public static String child(String pointer, String key) {
    return pointer + "/" + escape(key);
  }
}
