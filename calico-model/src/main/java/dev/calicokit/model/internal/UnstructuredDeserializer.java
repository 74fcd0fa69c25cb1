package dev.calicokit.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.calicokit.model.Unstructured;
import java.io.IOException;

/**
 * Reads any JSON value into an {@link Unstructured}, an explicit {@code null} included: a field we
 * do not know whose value is null must be kept as null, not dropped.
 */
public final class UnstructuredDeserializer extends JsonDeserializer<Unstructured> {
  @Override
  public Unstructured deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    return Unstructured.of(node);
  }

  @Override
  public Unstructured getNullValue(DeserializationContext ctxt) {
    return Unstructured.of(NullNode.getInstance());
  }
}
