package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.ApiGroup;
import java.util.Optional;

/**
 * One document under validation: its tree exactly as written (nulls and unknown fields kept), and
 * its typed form bound on first use. Rules must not change the tree.
 */
public final class ValidatedDocument {
  private final int index;
  private final JsonNode tree;
  private ManifestDocument typed;
  private RuntimeException bindFailure;
  private boolean bound;
  /** Whether this document is judged as an update of what is installed ({@link #previous()} may still be empty). */
  private boolean update;
  /** The installed object this document replaces, when judged as an update of one. */
  private JsonNode previous;
  // The header and kind are read by every rule of every layer: read once from the tree.
  private String apiVersion;
  private String kind;
  private Optional<String> name;
  private Optional<String> namespace;
  private Optional<Class<? extends CalicoResource>> calicoType;
  private Optional<ApiGroup> calicoGroup;

  /** A document at {@code index} (0-based, empty documents counted) with its source tree. */
  public ValidatedDocument(int index, JsonNode tree) {
    this.index = index;
    this.tree = tree;
  }

  /**
   * Marks the document as an update: {@code previous} is the installed object it replaces (same
   * apiVersion, kind, namespace and name), or null where the update creates it. Call before judging.
   */
  public void updating(JsonNode previous) {
    this.update = true;
    this.previous = previous;
  }

  /** Whether the document is judged as part of an update (transition rules apply where it has a previous object). */
  public boolean isUpdate() {
    return update;
  }

  /** The installed object this document replaces, when judged as an update of one. Do not change it. */
  public Optional<JsonNode> previous() {
    return Optional.ofNullable(previous);
  }

  /** A document built in code, whose typed form is already known. */
  public ValidatedDocument(int index, ManifestDocument document) {
    this(index, document.toTree());
    this.typed = document;
    this.bound = true;
  }

  /** The 0-based index of the document. */
  public int index() {
    return index;
  }

  /** The document as written. Do not change it. */
  public JsonNode tree() {
    return tree;
  }

  /** {@code apiVersion}, or "" when absent. */
  public String apiVersion() {
    if (apiVersion == null) {
      apiVersion = tree.path("apiVersion").asText("");
    }
    return apiVersion;
  }

  /** {@code kind}, or "" when absent. */
  public String kind() {
    if (kind == null) {
      kind = tree.path("kind").asText("");
    }
    return kind;
  }

  /** {@code metadata.name}, when present. */
  public Optional<String> name() {
    if (name == null) {
      JsonNode n = tree.path("metadata").path("name");
      name = n.isTextual() ? Optional.of(n.asText()) : Optional.empty();
    }
    return name;
  }

  /** {@code metadata.namespace}, when present. */
  public Optional<String> namespace() {
    if (namespace == null) {
      JsonNode n = tree.path("metadata").path("namespace");
      namespace = n.isTextual() ? Optional.of(n.asText()) : Optional.empty();
    }
    return namespace;
  }

  /** The Calico or network-policy API group of the document, when it is one of the model's kinds. */
  public Optional<ApiGroup> calicoGroup() {
    if (calicoGroup == null) {
      calicoGroup = calicoType().isPresent() ? ApiGroup.ofApiVersion(apiVersion()) : Optional.empty();
    }
    return calicoGroup;
  }

  /** The model type of the document, when it is one of the model's kinds. */
  public Optional<Class<? extends CalicoResource>> calicoType() {
    if (calicoType == null) {
      calicoType = Kinds.forType(apiVersion(), kind());
    }
    return calicoType;
  }

  /**
   * The document bound to its typed form (fabric8 object, model resource or generic tree); empty when
   * it cannot be bound, see {@link #bindFailure()}.
   */
  public Optional<ManifestDocument> typed() {
    if (!bound) {
      bound = true;
      try {
        typed = ManifestDocument.of(tree);
      } catch (RuntimeException e) {
        bindFailure = e;
      }
    }
    return Optional.ofNullable(typed);
  }

  /** Why {@link #typed()} is empty, when it is. */
  public Optional<RuntimeException> bindFailure() {
    typed();
    return Optional.ofNullable(bindFailure);
  }

  /** The typed form as the given type, when it is one. */
  public <T> Optional<T> as(Class<T> type) {
    return typed().flatMap(d -> d.as(type));
  }
}
