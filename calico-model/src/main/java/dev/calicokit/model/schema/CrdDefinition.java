package dev.calicokit.model.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a kind is declared as a CustomResourceDefinition in some groups and releases: its names, scope,
 * version flags and the parts of the CRD document outside the schema. Sits on the kind's type; the
 * schema itself comes from the type's accessors and their facts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(CrdDefinitions.class)
public @interface CrdDefinition {
  /** {@code spec.names.plural}, also the first part of the CRD's name. */
  String plural();

  /** {@code spec.names.singular}. */
  String singular();

  /** {@code spec.names.listKind}. */
  String listKind();

  /** {@code spec.names.shortNames}. */
  String[] shortNames() default {};

  /** True for {@code scope: Namespaced}, false for {@code Cluster}. */
  boolean namespaced();

  /** The version's name, such as {@code v1} or {@code v1alpha1}. */
  String version();

  /** The version's {@code served} flag. */
  boolean served() default true;

  /** The version's {@code storage} flag. */
  boolean storage() default true;

  /** True when the version has the status subresource. */
  boolean statusSubresource() default false;

  /** True when the version declares {@code subresources} with none in it ({@code subresources: {}}). */
  boolean emptySubresources() default false;

  /** JSON paths of the version's {@code selectableFields}. */
  String[] selectableFields() default {};

  /** {@code spec.preserveUnknownFields} as written ({@code "false"}), or empty when the CRD leaves it out. */
  String preserveUnknownFields() default "";

  /**
   * The CRD document's own {@code status} block, as release tooling left it: empty when absent,
   * {@code "empty-lists"} for empty conditions and storedVersions, {@code "nulls"} for null ones.
   */
  String statusBlock() default "";

  /** True when the CRD's metadata carries {@code creationTimestamp: null}. */
  boolean nullCreationTimestamp() default false;

  /** The groups this declaration holds for; empty means every group of the kind. */
  ApiGroup[] groups() default {};

  /** The first release. */
  Release from() default Release.V3_21;

  /** The last release. */
  Release to() default Release.V3_32;


  /** The first patch of {@code from} the fact holds in (where the patches of that minor differ). */

  int fromPatch() default 0;


  /** The last patch of {@code to} the fact holds in (where the patches of that minor differ). */

  int toPatch() default Integer.MAX_VALUE;
}
