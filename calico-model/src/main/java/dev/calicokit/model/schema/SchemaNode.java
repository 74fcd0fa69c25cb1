package dev.calicokit.model.schema;

/** Which schema node of a property a fact applies to. */
public enum SchemaNode {
  /** The property's own schema. */
  PROPERTY,
  /** The schema of each element of a list property ({@code items}). */
  ITEMS,
  /** The schema of each value of a map property ({@code additionalProperties}). */
  VALUES
}
