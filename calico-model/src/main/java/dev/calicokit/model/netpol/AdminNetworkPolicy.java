package dev.calicokit.model.netpol;

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
import dev.calicokit.model.schema.CrdAnnotation;
import dev.calicokit.model.schema.CrdDefinition;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.PrinterColumn;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Cluster-wide policy from the Kubernetes network policy API with which administrators set rules
 * that take precedence over namespaced NetworkPolicies.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableAdminNetworkPolicy.class)
@JsonDeserialize(builder = AdminNetworkPolicy.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
// The releases whose manifests ship this kind's CRD.
@Present(groups = ApiGroup.NETPOL, from = Release.V3_29, to = Release.V3_31)
@CrdDefinition(plural = "adminnetworkpolicies", singular = "adminnetworkpolicy", listKind = "AdminNetworkPolicyList", shortNames = {"anp"}, namespaced = false, version = "v1alpha1", statusSubresource = true, statusBlock = "nulls", nullCreationTimestamp = true)
@PrinterColumn(name = "Priority", type = "string", jsonPath = ".spec.priority", position = 0)
@PrinterColumn(name = "Age", type = "date", jsonPath = ".metadata.creationTimestamp", position = 1)
@CrdAnnotation(key = "api-approved.kubernetes.io", value = "https://github.com/kubernetes-sigs/network-policy-api/pull/30")
@CrdAnnotation(key = "policy.networking.k8s.io/bundle-version", value = "v0.1.1")
@CrdAnnotation(key = "policy.networking.k8s.io/channel", value = "experimental")
public interface AdminNetworkPolicy extends WithAdminNetworkPolicy, CalicoResource {
  /**
   * Standard Kubernetes object metadata: name (the object is cluster-wide, so no namespace),
   * labels, annotations and bookkeeping fields.
   */
  @JsonProperty("metadata")
  @Fact(kind = FactKind.REQUIRED)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** Priority, subject and rules of the policy. */
  @JsonProperty("spec")
  @Fact(kind = FactKind.REQUIRED)
  AdminNetworkPolicySpec spec();

  /** State written back by the network policy implementation; not set by users. */
  @JsonProperty("status")
  Optional<AdminNetworkPolicyStatus> status();

  /** The apiVersion written when none is set: {@value}. */
  String DEFAULT_API_VERSION = "policy.networking.k8s.io/v1alpha1";

  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */
  String KIND = "AdminNetworkPolicy";

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

  /** Builds {@link AdminNetworkPolicy} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"kind"})
  final class Builder extends ImmutableAdminNetworkPolicy.Builder {}
}
