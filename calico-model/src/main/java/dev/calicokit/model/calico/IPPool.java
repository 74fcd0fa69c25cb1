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
import dev.calicokit.model.values.Cidr;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Range of addresses that Calico may hand out to workloads, tunnels or load balancers, together
 * with the encapsulation, NAT and BGP behaviour used for those addresses.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableIPPool.class)
@JsonDeserialize(builder = IPPool.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
@CrdDefinition(plural = "ippools", singular = "ippool", listKind = "IPPoolList", namespaced = false, version = "v1", statusBlock = "empty-lists", groups = ApiGroup.CRD_V1, to = Release.V3_21)
@CrdDefinition(plural = "ippools", singular = "ippool", listKind = "IPPoolList", namespaced = false, version = "v1", preserveUnknownFields = "false", statusBlock = "empty-lists", groups = ApiGroup.CRD_V1, from = Release.V3_24, to = Release.V3_29)
@CrdDefinition(plural = "ippools", singular = "ippool", listKind = "IPPoolList", namespaced = false, version = "v1", preserveUnknownFields = "false", groups = ApiGroup.CRD_V1, from = Release.V3_30)
@CrdDefinition(plural = "ippools", singular = "ippool", listKind = "IPPoolList", namespaced = false, version = "v3", statusSubresource = true, preserveUnknownFields = "false", groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "CIDR", type = "string", jsonPath = ".spec.cidr", position = 0, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "VXLAN", type = "string", jsonPath = ".spec.vxlanMode", position = 1, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "IPIP", type = "string", jsonPath = ".spec.ipipMode", position = 2, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "NAT", type = "boolean", jsonPath = ".spec.natOutgoing", position = 3, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Allocatable", type = "string", jsonPath = ".status.conditions[?(@.type=='Allocatable')].status", position = 4, groups = ApiGroup.V3, from = Release.V3_32)
@PrinterColumn(name = "Age", type = "date", jsonPath = ".metadata.creationTimestamp", position = 5, groups = ApiGroup.V3, from = Release.V3_32)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.17.3", groups = ApiGroup.CRD_V1, from = Release.V3_30, to = Release.V3_31, toPatch = 4)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.CRD_V1, from = Release.V3_31, fromPatch = 5)
@CrdAnnotation(key = "controller-gen.kubebuilder.io/version", value = "v0.18.0", groups = ApiGroup.V3, from = Release.V3_32)
public interface IPPool extends WithIPPool, CalicoResource {
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

  /** Desired state of this IPPool. */
  @JsonProperty("spec")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.V3, from = Release.V3_32)
  @Cel(rule = "!has(self.ipipMode) || !has(self.vxlanMode) || self.ipipMode == 'Never' || self.vxlanMode == 'Never' || size(self.ipipMode) == 0 || size(self.vxlanMode) == 0", message = "a pool can use IP-in-IP or VXLAN, not both", reason = "FieldValueForbidden", from = Release.V3_32)
  @Cel(rule = "!has(self.allowedUses) || !self.allowedUses.exists(u, u == 'LoadBalancer') || (!has(self.ipipMode) || size(self.ipipMode) == 0 || self.ipipMode == 'Never') && (!has(self.vxlanMode) || size(self.vxlanMode) == 0 || self.vxlanMode == 'Never')", message = "a LoadBalancer pool carries no encapsulation: ipipMode and vxlanMode must be Never or unset", reason = "FieldValueForbidden", from = Release.V3_32, position = 1)
  @Cel(rule = "!has(self.allowedUses) || !self.allowedUses.exists(u, u == 'LoadBalancer') || !self.allowedUses.exists(u, u == 'Workload' || u == 'Tunnel')", message = "a LoadBalancer pool cannot also serve Workload or Tunnel addresses", reason = "FieldValueForbidden", from = Release.V3_32, position = 2)
  @Cel(rule = "!self.cidr.contains(':') || !has(self.ipipMode) || self.ipipMode == 'Never' || size(self.ipipMode) == 0", message = "IP-in-IP works on IPv4 pools only", reason = "FieldValueForbidden", from = Release.V3_32, position = 3)
  IPPoolSpec spec();

  /** Conditions reported by Calico about the pool; filled in by the system, not by users. */
  @JsonProperty("status")
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<IPPoolStatus> status();

  /** The apiVersion written when none is set: {@value}. */
  String DEFAULT_API_VERSION = "projectcalico.org/v3";

  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */
  String KIND = "IPPool";

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
  /** The block size Calico gives an IPv4 pool that sets none: /26, 64 addresses. */
  int DEFAULT_IPV4_BLOCK_SIZE = 26;

  /** The block size Calico gives an IPv6 pool that sets none: /122, 64 addresses. */
  int DEFAULT_IPV6_BLOCK_SIZE = 122;

  /**
   * A pool named {@code name} that hands out addresses from {@code cidr}, everything else left to
   * Calico's defaults (block size 26 for IPv4 and 122 for IPv6, no encapsulation, no outgoing NAT).
   * Fails with a message that quotes the text when {@code cidr} is not a CIDR with a prefix length.
   */
  static IPPool ofCidr(String name, String cidr) {
    return builder()
        .metadata(ObjectMeta.named(name))
        .spec(IPPoolSpec.builder().cidr(Cidr.of(cidr)).build())
        .build();
  }
  // End of the hand-written block.

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPPool} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"kind"})
  final class Builder extends ImmutableIPPool.Builder {}
}
