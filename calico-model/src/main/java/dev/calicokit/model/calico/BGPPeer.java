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
 * Cluster-scoped resource that declares BGP peerings: which Calico nodes take part and whether
 * they peer with a fixed address, with other Calico nodes or with local workloads.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPPeer.class)
@JsonDeserialize(builder = BGPPeer.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
@CrdDefinition(plural = "bgppeers", singular = "bgppeer", listKind = "BGPPeerList", namespaced = false, version = "v1", statusBlock = "empty-lists", groups = ApiGroup.CRD_V1, to = Release.V3_21)
@CrdDefinition(plural = "bgppeers", singular = "bgppeer", listKind = "BGPPeerList", namespaced = false, version = "v1", preserveUnknownFields = "false", statusBlock = "empty-lists", groups = ApiGroup.CRD_V1, from = Release.V3_24, to = Release.V3_29)
@CrdDefinition(plural = "bgppeers", singular = "bgppeer", listKind = "BGPPeerList", namespaced = false, version = "v1", preserveUnknownFields = "false", groups = ApiGroup.CRD_V1, from = Release.V3_30)
@CrdDefinition(plural = "bgppeers", singular = "bgppeer", listKind = "BGPPeerList", namespaced = false, version = "v3", emptySubresources = true, preserveUnknownFields = "false", groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Node Selector", type = "string", jsonPath = ".spec.nodeSelector", position = 0, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Node", type = "string", jsonPath = ".spec.node", position = 1, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Local ASN", type = "string", jsonPath = ".spec.localASNumber", position = 2, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Peer Selector", type = "string", jsonPath = ".spec.peerSelector", position = 3, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Peer IP", type = "string", jsonPath = ".spec.peerIP", position = 4, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Peer ASN", type = "string", jsonPath = ".spec.asNumber", position = 5, groups = ApiGroup.V3, from = Release.V3_32)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.17.3", groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31, toPatch = 4)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.CRD_V1, from = Release.V3_31, fromPatch = 5)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.V3, from = Release.V3_32)
public interface BGPPeer extends WithBGPPeer, CalicoResource {
  /** Standard Kubernetes object metadata such as name, labels and annotations. */
  @JsonProperty("metadata")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.V3, from = Release.V3_32)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** Desired peering settings held by this resource. */
  @JsonProperty("spec")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.V3, from = Release.V3_32)
  @Cel(rule = "(!has(self.node) || size(self.node) == 0) || (!has(self.nodeSelector) || size(self.nodeSelector) == 0)", message = "give node or nodeSelector, not both", reason = "FieldValueForbidden", from = Release.V3_32)
  @Cel(rule = "(!has(self.peerIP) || size(self.peerIP) == 0) || (!has(self.peerSelector) || size(self.peerSelector) == 0)", message = "give peerIP or peerSelector, not both", reason = "FieldValueForbidden", from = Release.V3_32, position = 1)
  @Cel(rule = "(!has(self.peerSelector) || size(self.peerSelector) == 0) || !has(self.asNumber) || self.asNumber == 0", message = "asNumber cannot be set together with peerSelector: the selected nodes' own AS numbers are used", reason = "FieldValueForbidden", from = Release.V3_32, position = 2)
  @Cel(rule = "(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (!has(self.peerIP) || size(self.peerIP) == 0)", message = "localWorkloadSelector and peerIP cannot both be set", reason = "FieldValueForbidden", from = Release.V3_32, position = 3)
  @Cel(rule = "(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (!has(self.peerSelector) || size(self.peerSelector) == 0)", message = "localWorkloadSelector and peerSelector cannot both be set", reason = "FieldValueForbidden", from = Release.V3_32, position = 4)
  @Cel(rule = "(!has(self.localWorkloadSelector) || size(self.localWorkloadSelector) == 0) || (has(self.asNumber) && self.asNumber != 0)", message = "peering with local workloads needs a non-zero asNumber", reason = "FieldValueInvalid", from = Release.V3_32, position = 5)
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  default BGPPeerSpec spec() {
    return BGPPeerSpec.builder().build();
  }

  /** The apiVersion written when none is set: {@value}. */
  String DEFAULT_API_VERSION = "projectcalico.org/v3";

  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */
  String KIND = "BGPPeer";

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

  /** Builds {@link BGPPeer} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"kind"})
  final class Builder extends ImmutableBGPPeer.Builder {}
}
