package dev.calicokit.model.internal;

import java.io.IOException;
import java.io.Reader;

/** The tests' way to drain a reader in reads of a chosen size, as a YAML parser reads it. */
final class Readers {
  private Readers() {}

  static String readAll(Reader r, int chunk) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buffer = new char[chunk];
    int n;
    while ((n = r.read(buffer, 0, buffer.length)) >= 0) {
      b.append(buffer, 0, n);
    }
    return b.toString();
  }
}
