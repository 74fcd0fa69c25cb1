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
import dev.calicokit.model.schema.CrdAnnotation;
import dev.calicokit.model.schema.CrdDefinition;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Release;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings for the calico-kube-controllers process, which keeps Calico data in step with
 * Kubernetes; a single instance named default is used.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableKubeControllersConfiguration.class)
@JsonDeserialize(builder = KubeControllersConfiguration.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
@CrdDefinition(plural = "kubecontrollersconfigurations", singular = "kubecontrollersconfiguration", listKind = "KubeControllersConfigurationList", namespaced = false, version = "v1", statusBlock = "empty-lists", groups = ApiGroup.CRD_V1, to = Release.V3_21)
@CrdDefinition(plural = "kubecontrollersconfigurations", singular = "kubecontrollersconfiguration", listKind = "KubeControllersConfigurationList", namespaced = false, version = "v1", preserveUnknownFields = "false", statusBlock = "empty-lists", groups = ApiGroup.CRD_V1, from = Release.V3_24, to = Release.V3_29)
@CrdDefinition(plural = "kubecontrollersconfigurations", singular = "kubecontrollersconfiguration", listKind = "KubeControllersConfigurationList", namespaced = false, version = "v1", preserveUnknownFields = "false", groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31)
@CrdDefinition(plural = "kubecontrollersconfigurations", singular = "kubecontrollersconfiguration", listKind = "KubeControllersConfigurationList", namespaced = false, version = "v1", statusSubresource = true, preserveUnknownFields = "false", groups = ApiGroup.CRD_V1, from = Release.V3_32)
@CrdDefinition(plural = "kubecontrollersconfigurations", singular = "kubecontrollersconfiguration", listKind = "KubeControllersConfigurationList", shortNames = {"kcc", "kccs"}, namespaced = false, version = "v3", statusSubresource = true, preserveUnknownFields = "false", groups = ApiGroup.V3, from = Release.V3_32)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.17.3", groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31, toPatch = 4)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.CRD_V1, from = Release.V3_31, fromPatch = 5)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.V3, from = Release.V3_32)
public interface KubeControllersConfiguration extends WithKubeControllersConfiguration, CalicoResource {
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

  /** Desired state of this KubeControllersConfiguration. */
  @JsonProperty("spec")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.V3, from = Release.V3_32)
  KubeControllersConfigurationSpec spec();

  /**
   * Configuration actually in effect in the running process, as reported by it; not set by users.
   */
  @JsonProperty("status")
  Optional<KubeControllersConfigurationStatus> status();

  /** The apiVersion written when none is set: {@value}. */
  String DEFAULT_API_VERSION = "projectcalico.org/v3";

  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */
  String KIND = "KubeControllersConfiguration";

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

  /** Builds {@link KubeControllersConfiguration} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"kind"})
  final class Builder extends ImmutableKubeControllersConfiguration.Builder {}
}
