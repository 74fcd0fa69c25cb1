package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.calicokit.model.HasUnknownFields;
import dev.calicokit.model.Unstructured;
import dev.calicokit.model.style.CalicoStyle;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Cel;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.SchemaNode;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Selector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings of an IP pool: its CIDR, block size, encapsulation, outgoing NAT and which nodes,
 * namespaces and uses it serves.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableIPPoolSpec.class)
@JsonDeserialize(builder = IPPoolSpec.Builder.class)
@JsonPropertyOrder({"cidr", "vxlanMode", "ipipMode", "natOutgoing", "disabled", "disableBGPExport", "blockSize", "nodeSelector", "namespaceSelector", "ipip", "nat-outgoing", "allowedUses", "assignmentMode"})
public interface IPPoolSpec extends WithIPPoolSpec, HasUnknownFields {
  /**
   * Address range of the pool in CIDR form, for example 10.244.0.0/16 or fd00:10:244::/48;
   * required.
   */
  @JsonProperty("cidr")
  @Fact(kind = FactKind.FORMAT, value = "cidr", from = Release.V3_32)
  @Fact(kind = FactKind.MAX_LENGTH, value = "48", from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED)
  @Cel(rule = "self == oldSelf", message = "this field cannot change once set", reason = "FieldValueInvalid", from = Release.V3_32)
  Cidr cidr();

  /**
   * VXLAN encapsulation between nodes: Never, Always, or CrossSubnet (only when the nodes are on
   * different subnets); Never when unset.
   */
  @JsonProperty("vxlanMode")
  @Fact(kind = FactKind.ENUM, value = {"Never", "Always", "CrossSubnet"}, from = Release.V3_32)
  Optional<EncapsulationMode> vxlanMode();

  /**
   * IP-in-IP encapsulation between nodes: Never, Always, or CrossSubnet (only when the nodes are
   * on different subnets); Never when unset.
   */
  @JsonProperty("ipipMode")
  @Fact(kind = FactKind.ENUM, value = {"Never", "Always", "CrossSubnet"}, from = Release.V3_32)
  Optional<EncapsulationMode> ipipMode();

  /**
   * When true, traffic from addresses in the pool to destinations outside the Calico IP pools is
   * masqueraded behind the node address; defaults to false.
   */
  @JsonProperty("natOutgoing")
  Optional<Boolean> natOutgoing();

  /**
   * When true, IPAM stops handing out new addresses from this pool while existing ones stay in
   * use; defaults to false.
   */
  @JsonProperty("disabled")
  Optional<Boolean> disabled();

  /** When true, routes for this pool are not advertised to BGP peers; defaults to false. */
  @JsonProperty("disableBGPExport")
  Optional<Boolean> disableBGPExport();

  /**
   * Prefix length of the blocks the pool is cut into, for example 26 (64 addresses); defaults to
   * 26 for IPv4 and 122 for IPv6.
   */
  @JsonProperty("blockSize")
  @Fact(kind = FactKind.MINIMUM, value = "0", from = Release.V3_32)
  @Fact(kind = FactKind.MAXIMUM, value = "128", from = Release.V3_32)
  @Cel(rule = "self == oldSelf", message = "this field cannot change once set", reason = "FieldValueInvalid", from = Release.V3_32)
  Optional<Long> blockSize();

  /**
   * Calico selector expression on node labels choosing which nodes may use this pool, for example
   * zone == "a"; when unset every node may (all()).
   */
  @JsonProperty("nodeSelector")
  Optional<Selector> nodeSelector();

  /**
   * Calico selector expression on namespace labels limiting which namespaces may get addresses
   * from this pool; when set, both it and nodeSelector must match, and when unset every namespace
   * qualifies.
   */
  @JsonProperty("namespaceSelector")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_31)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<Selector> namespaceSelector();

  /** Deprecated v1-compatibility object that must not be set; use ipipMode instead. */
  @JsonProperty("ipip")
  @Present(groups = ApiGroup.CRD_V1, to = Release.V3_31)
  Optional<IPIPConfiguration> ipip();

  /** Deprecated v1-compatibility flag that must not be set; use natOutgoing instead. */
  @JsonProperty("nat-outgoing")
  @Present(groups = ApiGroup.CRD_V1, to = Release.V3_31)
  Optional<Boolean> legacyNatOutgoing();

  /**
   * What the pool may be used for: any of Workload, Tunnel and LoadBalancer; when unset or empty
   * it serves Workload and Tunnel.
   */
  @JsonProperty("allowedUses")
  @Fact(kind = FactKind.MAX_ITEMS, value = "10", from = Release.V3_32)
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Workload", "Tunnel", "LoadBalancer"}, from = Release.V3_32, node = SchemaNode.ITEMS)
  List<IPPoolAllowedUse> allowedUses();

  /**
   * Automatic (default) lets IPAM pick the pool on its own; Manual means addresses come from it
   * only when the pool is asked for explicitly.
   */
  @JsonProperty("assignmentMode")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Automatic", "Manual"})
  @Fact(kind = FactKind.DEFAULT, value = "\"Automatic\"", from = Release.V3_32)
  Optional<AssignmentMode> assignmentMode();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #blockSize()} set to any whole number, an {@code int} too. */
  default IPPoolSpec withBlockSize(long value) {
    return withBlockSize(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPPoolSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableIPPoolSpec.Builder {
    /** Sets {@link IPPoolSpec#blockSize()} to any whole number, an {@code int} too. */
    public Builder blockSize(long blockSize) {
      return blockSize(Long.valueOf(blockSize));
    }
  }
}
