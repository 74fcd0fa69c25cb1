package dev.calicokit.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Finds the source line and column of a JSON pointer inside the n-th document of a text. Binding
 * errors are found on trees, which do not carry locations; errors are rare, so we pay for a second,
 * streaming pass over the text only when one occurs.
 */
public final class PointerLocator {
  private PointerLocator() {}

  /** {line, column}, 1-based, of the value at {@code pointer} in document {@code index}; null if not found. */
  public static int[] locate(ObjectMapper mapper, String text, int index, String pointer) {
    return locate(mapper, new java.io.StringReader(text), index, pointer);
  }

  /** {@link #locate(ObjectMapper, String, int, String)} over a stream, read only as far as the document. */
  public static int[] locate(ObjectMapper mapper, java.io.Reader text, int index, String pointer) {
    JsonPointer target = JsonPointer.compile(pointer == null ? "" : pointer);
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      int doc = 0;
      while (p.nextToken() != null) {
        if (doc == index) {
          JsonLocation found = walk(p, target);
          return new int[] {found.getLineNr(), found.getColumnNr()};
        }
        p.skipChildren();
        doc++;
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Walks the value at the parser's current token; returns the closest location to the target. */
  private static JsonLocation walk(JsonParser p, JsonPointer target) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    if (target.matches()) {
      return start;
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      String want = target.getMatchingProperty();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonLocation keyLoc = p.currentTokenLocation();
        p.nextToken();
        if (name.equals(want)) {
          JsonPointer rest = target.tail();
          return rest.matches() ? keyLoc : walk(p, rest);
        }
        p.skipChildren();
      }
      return start;
    }
    if (t == JsonToken.START_ARRAY) {
      int want = target.getMatchingIndex();
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (i == want) {
          return walk(p, target.tail());
        }
        p.skipChildren();
        i++;
      }
      return start;
    }
    return start;
  }
}
