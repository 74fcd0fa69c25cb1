package dev.calicokit.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * Writes JSON trees as text for people and diffs: two spaces per level for objects and arrays alike,
 * LF line breaks on every platform, one final newline. The JSON form of calicokit's own outputs
 * (exported JSON Schemas, validation findings), so that the same tree gives the same bytes everywhere.
 * Resources are written by {@link CalicoCodec}, which knows their types.
 */
public final class PrettyJson {
  private static final ObjectWriter WRITER = new ObjectMapper().writer(
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private PrettyJson() {}

  /** The tree as indented JSON text ending with a newline. */
  public static String write(JsonNode tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // trees always serialize; kept checked by Jackson only
    }
  }
}
