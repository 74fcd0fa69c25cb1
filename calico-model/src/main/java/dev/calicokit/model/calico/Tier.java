package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.ObjectMeta;
import dev.calicokit.model.Unstructured;
import dev.calicokit.model.style.CalicoStyle;
import dev.calicokit.model.internal.EmptyValueFilter;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Cel;
import dev.calicokit.model.schema.CrdAnnotation;
import dev.calicokit.model.schema.CrdDefinition;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.PrinterColumn;
import dev.calicokit.model.schema.Release;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Named, ordered group of Calico policies; tiers are evaluated one after the other, and a Pass
 * action moves evaluation on to the next tier.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableTier.class)
@JsonDeserialize(builder = Tier.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
@Cel(rule = "self.metadata.name == 'kube-admin' ? self.spec.defaultAction == 'Pass' : true", message = "the kube-admin tier must have defaultAction Pass", groups = ApiGroup.CRD_V1, from = Release.V3_32)
@Cel(rule = "self.metadata.name == 'kube-baseline' ? self.spec.defaultAction == 'Pass' : true", message = "the kube-baseline tier must have defaultAction Pass", groups = ApiGroup.CRD_V1, from = Release.V3_32, position = 1)
@Cel(rule = "self.metadata.name == 'default' ? self.spec.defaultAction == 'Deny' : true", message = "the default tier must have defaultAction Deny", groups = ApiGroup.CRD_V1, from = Release.V3_32, position = 2)
@Cel(rule = "self.metadata.name == 'kube-admin' ? (has(self.spec.defaultAction) && self.spec.defaultAction == 'Pass') : true", message = "the kube-admin tier must set defaultAction to Pass", reason = "FieldValueInvalid", groups = ApiGroup.V3, from = Release.V3_32)
@Cel(rule = "self.metadata.name == 'kube-baseline' ? (has(self.spec.defaultAction) && self.spec.defaultAction == 'Pass') : true", message = "the kube-baseline tier must set defaultAction to Pass", reason = "FieldValueInvalid", groups = ApiGroup.V3, from = Release.V3_32, position = 1)
@Cel(rule = "self.metadata.name == 'default' ? (has(self.spec.defaultAction) && self.spec.defaultAction == 'Deny') : true", message = "the default tier must set defaultAction to Deny", reason = "FieldValueInvalid", groups = ApiGroup.V3, from = Release.V3_32, position = 2)
@CrdDefinition(plural = "tiers", singular = "tier", listKind = "TierList", namespaced = false, version = "v1", statusBlock = "empty-lists", nullCreationTimestamp = true, groups = ApiGroup.CRD_V1, from = Release.V3_29, to = Release.V3_29)
@CrdDefinition(plural = "tiers", singular = "tier", listKind = "TierList", namespaced = false, version = "v1", preserveUnknownFields = "false", groups = ApiGroup.CRD_V1, from = Release.V3_30)
@CrdDefinition(plural = "tiers", singular = "tier", listKind = "TierList", namespaced = false, version = "v3", statusSubresource = true, preserveUnknownFields = "false", groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Order", type = "integer", jsonPath = ".spec.order", position = 0, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "DefaultAction", type = "string", jsonPath = ".spec.defaultAction", position = 1, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Status", type = "string", jsonPath = ".status.conditions[?(@.type=='Ready')].reason", position = 2, groups = ApiGroup.V3, from = Release.V3_32)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "(devel)", groups = ApiGroup.CRD_V1, from = Release.V3_29, to = Release.V3_29)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.17.3", groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31, toPatch = 4)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.CRD_V1, from = Release.V3_31, fromPatch = 5)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.V3, from = Release.V3_32)
public interface Tier extends WithTier, CalicoResource {
  /**
   * Standard Kubernetes object metadata: name (the object is cluster-wide, so no namespace),
   * labels, annotations and bookkeeping fields.
   */
  @JsonProperty("metadata")
  @Fact(kind = FactKind.REQUIRED, from = Release.V3_32)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** Desired state of this Tier. */
  @JsonProperty("spec")
  @Fact(kind = FactKind.REQUIRED, from = Release.V3_32)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  default TierSpec spec() {
    return TierSpec.builder().build();
  }

  /** Conditions reported by Calico about the tier; not set by users. */
  @JsonProperty("status")
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<TierStatus> status();

  /** The apiVersion written when none is set: {@value}. */
  String DEFAULT_API_VERSION = "projectcalico.org/v3";

  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */
  String KIND = "Tier";

  @JsonProperty("apiVersion")
  @Value.Default
  @Override
  default String apiVersion() {
    return DEFAULT_API_VERSION;
  }

  /** {@value #KIND}: the kind follows from the Java type (and group), so it is not set. */
  @JsonProperty("kind")
  @Value.Derived
  @Override
  default String kind() {
    return KIND;
  }

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Tier} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"kind"})
  final class Builder extends ImmutableTier.Builder {}
}
