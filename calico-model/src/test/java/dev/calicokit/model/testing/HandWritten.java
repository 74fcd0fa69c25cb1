package dev.calicokit.model.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Our hand-written valid resources (src/test/resources/resources of calico-model), for every module's tests. */
public final class HandWritten {
  private HandWritten() {}

  /** The text of resources/NAME. */
  public static String text(String name) {
    try (InputStream in = HandWritten.class.getResourceAsStream("/resources/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** resources/NAME as a fresh tree. */
  public static ObjectNode tree(String name) {
    try {
      return (ObjectNode) ReferenceData.YAML.readTree(text(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
