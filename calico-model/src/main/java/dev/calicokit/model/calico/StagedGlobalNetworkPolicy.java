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
import dev.calicokit.model.schema.PrinterColumn;
import dev.calicokit.model.schema.Release;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Cluster-wide Calico policy that is evaluated for reporting and preview only and never enforced,
 * so the effect of a global network policy can be checked before it is applied.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableStagedGlobalNetworkPolicy.class)
@JsonDeserialize(builder = StagedGlobalNetworkPolicy.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
@CrdDefinition(plural = "stagedglobalnetworkpolicies", singular = "stagedglobalnetworkpolicy", listKind = "StagedGlobalNetworkPolicyList", namespaced = false, version = "v1", preserveUnknownFields = "false", groups = ApiGroup.CRD_V1, from = Release.V3_30)
@CrdDefinition(plural = "stagedglobalnetworkpolicies", singular = "stagedglobalnetworkpolicy", listKind = "StagedGlobalNetworkPolicyList", shortNames = {"sgnp"}, namespaced = false, version = "v3", emptySubresources = true, selectableFields = {".spec.tier"}, preserveUnknownFields = "false", groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Tier", type = "string", jsonPath = ".spec.tier", position = 0, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Order", type = "number", jsonPath = ".spec.order", position = 1, groups = ApiGroup.V3, from = Release.V3_32)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.17.3", groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31, toPatch = 4)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.CRD_V1, from = Release.V3_31, fromPatch = 5)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.V3, from = Release.V3_32)
public interface StagedGlobalNetworkPolicy extends WithStagedGlobalNetworkPolicy, CalicoResource {
  /**
   * Standard Kubernetes object metadata: name (the object is cluster-wide, so no namespace),
   * labels, annotations and bookkeeping fields.
   */
  @JsonProperty("metadata")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.V3, from = Release.V3_32)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** Rules, selectors and staging action of the staged policy. */
  @JsonProperty("spec")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.V3, from = Release.V3_32)
  @Cel(rule = "!((has(self.doNotTrack) && self.doNotTrack) && (has(self.preDNAT) && self.preDNAT))", message = "a policy cannot be both doNotTrack and preDNAT", reason = "FieldValueForbidden", from = Release.V3_32)
  @Cel(rule = "(!has(self.preDNAT) || !self.preDNAT) || !has(self.egress) || size(self.egress) == 0", message = "a preDNAT policy can only have ingress rules", reason = "FieldValueForbidden", from = Release.V3_32, position = 1)
  @Cel(rule = "(!has(self.preDNAT) || !self.preDNAT) || !has(self.types) || !self.types.exists(t, t == 'Egress')", message = "a preDNAT policy cannot list Egress among its types", reason = "FieldValueForbidden", from = Release.V3_32, position = 2)
  @Cel(rule = "(has(self.applyOnForward) && self.applyOnForward) || ((!has(self.doNotTrack) || !self.doNotTrack) && (!has(self.preDNAT) || !self.preDNAT))", message = "doNotTrack and preDNAT policies need applyOnForward set to true", reason = "FieldValueInvalid", from = Release.V3_32, position = 3)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  default StagedGlobalNetworkPolicySpec spec() {
    return StagedGlobalNetworkPolicySpec.builder().build();
  }

  /** The apiVersion written when none is set: {@value}. */
  String DEFAULT_API_VERSION = "projectcalico.org/v3";

  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */
  String KIND = "StagedGlobalNetworkPolicy";

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

  /** Builds {@link StagedGlobalNetworkPolicy} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"kind"})
  final class Builder extends ImmutableStagedGlobalNetworkPolicy.Builder {}
}
