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
import dev.calicokit.model.values.Selector;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Cluster-scoped network policy with ordered ingress and egress rules that can select workloads in
 * any namespace as well as host endpoints.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableGlobalNetworkPolicy.class)
@JsonDeserialize(builder = GlobalNetworkPolicy.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
@CrdDefinition(plural = "globalnetworkpolicies", singular = "globalnetworkpolicy", listKind = "GlobalNetworkPolicyList", namespaced = false, version = "v1", statusBlock = "empty-lists", groups = ApiGroup.CRD_V1, to = Release.V3_21)
@CrdDefinition(plural = "globalnetworkpolicies", singular = "globalnetworkpolicy", listKind = "GlobalNetworkPolicyList", namespaced = false, version = "v1", preserveUnknownFields = "false", statusBlock = "empty-lists", groups = ApiGroup.CRD_V1, from = Release.V3_24, to = Release.V3_29)
@CrdDefinition(plural = "globalnetworkpolicies", singular = "globalnetworkpolicy", listKind = "GlobalNetworkPolicyList", namespaced = false, version = "v1", preserveUnknownFields = "false", groups = ApiGroup.CRD_V1, from = Release.V3_30)
@CrdDefinition(plural = "globalnetworkpolicies", singular = "globalnetworkpolicy", listKind = "GlobalNetworkPolicyList", shortNames = {"gnp", "cgnp"}, namespaced = false, version = "v3", emptySubresources = true, selectableFields = {".spec.tier"}, preserveUnknownFields = "false", groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Tier", type = "string", jsonPath = ".spec.tier", position = 0, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Order", type = "number", jsonPath = ".spec.order", position = 1, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Age", type = "date", jsonPath = ".metadata.creationTimestamp", position = 2, groups = ApiGroup.V3, from = Release.V3_32)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.17.3", groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31, toPatch = 4)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.CRD_V1, from = Release.V3_31, fromPatch = 5)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.V3, from = Release.V3_32)
public interface GlobalNetworkPolicy extends WithGlobalNetworkPolicy, CalicoResource {
  /** Standard Kubernetes object metadata such as name, labels and annotations. */
  @JsonProperty("metadata")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.V3, from = Release.V3_32)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** Selection, ordering and rules of the policy. */
  @JsonProperty("spec")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.V3, from = Release.V3_32)
  @Cel(rule = "!((has(self.doNotTrack) && self.doNotTrack) && (has(self.preDNAT) && self.preDNAT))", message = "a policy cannot be both doNotTrack and preDNAT", reason = "FieldValueForbidden", from = Release.V3_32)
  @Cel(rule = "(!has(self.preDNAT) || !self.preDNAT) || !has(self.egress) || size(self.egress) == 0", message = "a preDNAT policy can only have ingress rules", reason = "FieldValueForbidden", from = Release.V3_32, position = 1)
  @Cel(rule = "(!has(self.preDNAT) || !self.preDNAT) || !has(self.types) || !self.types.exists(t, t == 'Egress')", message = "a preDNAT policy cannot list Egress among its types", reason = "FieldValueForbidden", from = Release.V3_32, position = 2)
  @Cel(rule = "(has(self.applyOnForward) && self.applyOnForward) || ((!has(self.doNotTrack) || !self.doNotTrack) && (!has(self.preDNAT) || !self.preDNAT))", message = "doNotTrack and preDNAT policies need applyOnForward set to true", reason = "FieldValueInvalid", from = Release.V3_32, position = 3)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  default GlobalNetworkPolicySpec spec() {
    return GlobalNetworkPolicySpec.builder().build();
  }

  /** The apiVersion written when none is set: {@value}. */
  String DEFAULT_API_VERSION = "projectcalico.org/v3";

  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */
  String KIND = "GlobalNetworkPolicy";

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

  // Written by hand: the drafting script carries this block over when it redrafts the file.
  /**
   * A policy named {@code name} that selects every endpoint and has no rules, so that all ingress and
   * egress traffic not allowed by another policy is denied. Calico applies it after policies with a
   * lower order; give it a high order (for example 2000) if other policies must come first.
   */
  static GlobalNetworkPolicy defaultDeny(String name) {
    return defaultDeny(name, Selector.all());
  }

  /** Like {@link #defaultDeny(String)}, for the endpoints that {@code selector} matches. */
  static GlobalNetworkPolicy defaultDeny(String name, Selector selector) {
    return builder()
        .metadata(ObjectMeta.named(name))
        .spec(GlobalNetworkPolicySpec.builder()
            .selector(selector)
            .addTypes(PolicyType.INGRESS, PolicyType.EGRESS)
            .build())
        .build();
  }
  // End of the hand-written block.

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GlobalNetworkPolicy} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"kind"})
  final class Builder extends ImmutableGlobalNetworkPolicy.Builder {}
}
