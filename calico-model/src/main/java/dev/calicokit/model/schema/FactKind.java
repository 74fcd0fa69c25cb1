package dev.calicokit.model.schema;

/**
 * What a {@link Fact} states about a schema node. Each kind matches one OpenAPI or Kubernetes schema
 * keyword; the fact's {@code value} holds the keyword's value as text (JSON text for {@link #DEFAULT},
 * {@link #ALL_OF} and {@link #ANY_OF}).
 */
public enum FactKind {
  /** {@code type}, stated where the Java type alone does not decide it. */
  TYPE("type"),
  /** {@code format}: int32, int64, date-time, cidr, ... */
  FORMAT("format"),
  /** {@code enum}: one value per element of {@code value}. */
  ENUM("enum"),
  /** {@code pattern}: a Go RE2 regular expression. */
  PATTERN("pattern"),
  /** {@code minimum}. */
  MINIMUM("minimum"),
  /** {@code maximum}. */
  MAXIMUM("maximum"),
  /** {@code exclusiveMinimum}. */
  EXCLUSIVE_MINIMUM("exclusiveMinimum"),
  /** {@code exclusiveMaximum}. */
  EXCLUSIVE_MAXIMUM("exclusiveMaximum"),
  /** {@code minLength}. */
  MIN_LENGTH("minLength"),
  /** {@code maxLength}. */
  MAX_LENGTH("maxLength"),
  /** {@code minItems}. */
  MIN_ITEMS("minItems"),
  /** {@code maxItems}. */
  MAX_ITEMS("maxItems"),
  /** {@code minProperties}. */
  MIN_PROPERTIES("minProperties"),
  /** {@code maxProperties}. */
  MAX_PROPERTIES("maxProperties"),
  /** {@code default}, as JSON text. The model never writes it into objects: it only records it. */
  DEFAULT("default"),
  /** The property is listed in its parent's {@code required}. */
  REQUIRED("required"),
  /** {@code nullable: true}. */
  NULLABLE("nullable"),
  /** {@code x-kubernetes-int-or-string: true}. */
  INT_OR_STRING("x-kubernetes-int-or-string"),
  /** {@code x-kubernetes-preserve-unknown-fields: true}. */
  PRESERVE_UNKNOWN_FIELDS("x-kubernetes-preserve-unknown-fields"),
  /** {@code x-kubernetes-embedded-resource: true}. */
  EMBEDDED_RESOURCE("x-kubernetes-embedded-resource"),
  /** {@code x-kubernetes-list-type}: atomic, set or map. */
  LIST_TYPE("x-kubernetes-list-type"),
  /** {@code x-kubernetes-list-map-keys}: one key per element of {@code value}. */
  LIST_MAP_KEYS("x-kubernetes-list-map-keys"),
  /** {@code x-kubernetes-map-type}: atomic or granular. */
  MAP_TYPE("x-kubernetes-map-type"),
  /** {@code allOf}, as JSON text of the whole list. */
  ALL_OF("allOf"),
  /** {@code anyOf}, as JSON text of the whole list, where it is more than the int-or-string pair. */
  ANY_OF("anyOf");

  private final String keyword;

  FactKind(String keyword) {
    this.keyword = keyword;
  }

  /** The schema keyword this kind stands for. */
  public String keyword() {
    return keyword;
  }
}
