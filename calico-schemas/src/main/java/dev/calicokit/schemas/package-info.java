/**
 * CRDs and JSON Schemas generated from the model's facts, and validation of resources and manifests
 * (structure, CEL rules, Calico's own rules). This module is being built: the facts it will generate
 * from are already on the model ({@link dev.calicokit.model.schema.SchemaFacts}).
 */
package dev.calicokit.schemas;
