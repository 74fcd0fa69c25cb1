package dev.calicokit.schemas;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.testing.HandWritten;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Small edits of document trees for the mutation tests: one defect per mutant. */
final class Mutations {
  static final ObjectMapper JSON = new ObjectMapper();

  private Mutations() {}

  /** A hand-written resource from the test class path (resources/NAME). */
  static ObjectNode resource(String name) {
    return HandWritten.tree(name);
  }

  /** A resource from YAML text. */
  static ObjectNode yaml(String text) {
    try {
      return (ObjectNode) ReferenceData.YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode value(Object v) {
    return v instanceof JsonNode n ? n : JSON.valueToTree(v);
  }

  /** Sets (or adds) the field or array element at the pointer, creating missing objects on the way. */
  static Consumer<ObjectNode> set(String pointer, Object v) {
    return root -> {
      JsonPointer p = JsonPointer.compile(pointer);
      JsonNode parent = ensure(root, p.head());
      String last = p.last().getMatchingProperty();
      if (parent instanceof ArrayNode a) {
        int i = Integer.parseInt(last);
        if (i < a.size()) {
          a.set(i, value(v));
        } else {
          a.add(value(v));
        }
      } else {
        ((ObjectNode) parent).set(last, value(v));
      }
    };
  }

  /** Removes the field or array element at the pointer. */
  static Consumer<ObjectNode> remove(String pointer) {
    return root -> {
      JsonPointer p = JsonPointer.compile(pointer);
      JsonNode parent = root.at(p.head());
      String last = p.last().getMatchingProperty();
      if (parent instanceof ArrayNode a) {
        a.remove(Integer.parseInt(last));
      } else {
        ((ObjectNode) parent).remove(last);
      }
    };
  }

  /** Applies several edits in order (still one defect: the edits make it together). */
  @SafeVarargs
  static Consumer<ObjectNode> all(Consumer<ObjectNode>... edits) {
    return root -> {
      for (Consumer<ObjectNode> e : edits) {
        e.accept(root);
      }
    };
  }

  private static JsonNode ensure(ObjectNode root, JsonPointer p) {
    JsonNode node = root;
    JsonPointer rest = p;
    while (rest != null && !rest.matches()) {
      String step = rest.getMatchingProperty();
      JsonNode next = node instanceof ArrayNode a ? a.get(rest.getMatchingIndex()) : node.get(step);
      if (next == null || next.isNull()) {
        next = ((ObjectNode) node).putObject(step);
      }
      node = next;
      rest = rest.tail();
    }
    return node;
  }

  /** The documents as one multi-document text (JSON documents are YAML). */
  static String text(Iterable<? extends JsonNode> docs) {
    StringBuilder out = new StringBuilder();
    for (JsonNode d : docs) {
      if (out.length() > 0) {
        out.append("---\n");
      }
      out.append(d.toPrettyString()).append('\n');
    }
    return out.toString();
  }
}
