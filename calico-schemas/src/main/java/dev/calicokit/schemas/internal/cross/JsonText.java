package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON text inside a document (a ConfigMap's CNI configuration) read into a tree as
 * {@code new ObjectMapper().readTree(text)} reads it: the first value, duplicate keys the last one
 * winning, whole numbers as int, long or big integer, others as double, an empty text as a missing
 * node. Built from Jackson's JSON parser directly: the first {@code ObjectMapper} of a process costs a
 * short run about as much as judging a manifest's CNI configuration many times over.
 */
final class JsonText {
  private static final JsonFactory JSON = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonText() {}

  /** The tree of {@code text}; a {@link JsonProcessingException} says where it is not JSON. */
  static JsonNode read(String text) throws JsonProcessingException {
    try (JsonParser p = JSON.createParser(text)) {
      return p.nextToken() == null ? MissingNode.getInstance() : value(p);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    }
  }

  private static JsonNode value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          o.set(name, value(p));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(value(p));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        // Embedded objects do not come from text.
        throw new IllegalStateException("unexpected token " + p.currentToken());
    }
  }
}
