package dev.calicokit.model;

import java.util.Map;

/**
 * A model object that keeps the fields it was read with but does not know. They are written back in
 * place, so that reading and writing never silently drops data, and {@link
 * dev.calicokit.model.io.CalicoCodec#unknownFieldPaths} lists where they are.
 */
public interface HasUnknownFields {
  /** Fields this model does not know, by name, in the order they were read. */
  Map<String, Unstructured> unknownFields();
}
