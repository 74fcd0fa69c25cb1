package dev.calicokit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.calicokit.model.internal.Json;
import dev.calicokit.model.internal.UnstructuredDeserializer;
import java.util.Objects;

/**
 * A piece of JSON the model does not type: the value of a field we do not know, a part the CRD
 * declares free-form ({@code x-kubernetes-preserve-unknown-fields}), or kept data such as
 * {@code managedFields}. It is immutable: {@link #toJsonNode()} hands out a copy.
 */
@JsonDeserialize(using = UnstructuredDeserializer.class)
public final class Unstructured {
  private final JsonNode node;

  private Unstructured(JsonNode node) {
    this.node = node;
  }

  /** Wraps a copy of a Jackson tree ({@code null} means JSON null). */
  public static Unstructured of(JsonNode node) {
    return new Unstructured(node == null ? JsonNodeFactory.instance.nullNode() : node.deepCopy());
  }

  /** Converts plain Java values (maps, lists, strings, numbers, booleans, null) to a tree. */
  public static Unstructured ofValue(Object value) {
    return new Unstructured(Json.mapper().valueToTree(value));
  }

  /** A copy of the tree, free to change. */
  public JsonNode toJsonNode() {
    return node.deepCopy();
  }

  /** The tree itself, for serialization only: it must not escape to code that could change it. */
  @JsonValue
  JsonNode jsonValue() {
    return node;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Unstructured && ((Unstructured) o).node.equals(node);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(node);
  }

  @Override
  public String toString() {
    return node.toString();
  }
}
