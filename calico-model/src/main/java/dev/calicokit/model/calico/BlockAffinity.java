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
import dev.calicokit.model.schema.PrinterColumn;
import dev.calicokit.model.schema.Release;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Cluster-scoped IPAM record that ties an address block to the node (or other holder) allowed to
 * allocate from it. Calico IPAM creates and updates these; users normally do not edit them.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBlockAffinity.class)
@JsonDeserialize(builder = BlockAffinity.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
@CrdDefinition(plural = "blockaffinities", singular = "blockaffinity", listKind = "BlockAffinityList", namespaced = false, version = "v1", statusBlock = "empty-lists", groups = ApiGroup.CRD_V1, to = Release.V3_21)
@CrdDefinition(plural = "blockaffinities", singular = "blockaffinity", listKind = "BlockAffinityList", namespaced = false, version = "v1", preserveUnknownFields = "false", statusBlock = "empty-lists", groups = ApiGroup.CRD_V1, from = Release.V3_24, to = Release.V3_29)
@CrdDefinition(plural = "blockaffinities", singular = "blockaffinity", listKind = "BlockAffinityList", namespaced = false, version = "v1", preserveUnknownFields = "false", groups = ApiGroup.CRD_V1, from = Release.V3_30)
@CrdDefinition(plural = "blockaffinities", singular = "blockaffinity", listKind = "BlockAffinityList", shortNames = {"affinity", "affinities"}, namespaced = false, version = "v3", emptySubresources = true, preserveUnknownFields = "false", groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "CIDR", type = "string", jsonPath = ".spec.cidr", position = 0, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Node", type = "string", jsonPath = ".spec.node", position = 1, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Type", type = "string", jsonPath = ".spec.type", position = 2, groups = ApiGroup.V3, from = Release.V3_32)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.17.3", groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31, toPatch = 4)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.CRD_V1, from = Release.V3_31, fromPatch = 5)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.V3, from = Release.V3_32)
public interface BlockAffinity extends WithBlockAffinity, CalicoResource {
  /** Standard Kubernetes object metadata such as name, labels and annotations. */
  @JsonProperty("metadata")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.V3, from = Release.V3_32)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** Details of the block affinity. */
  @JsonProperty("spec")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.V3, from = Release.V3_32)
  BlockAffinitySpec spec();

  /** The apiVersion written when none is set: {@value}. */
  String DEFAULT_API_VERSION = "projectcalico.org/v3";

  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */
  String KIND = "BlockAffinity";

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

  /** Builds {@link BlockAffinity} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"kind"})
  final class Builder extends ImmutableBlockAffinity.Builder {}
}
