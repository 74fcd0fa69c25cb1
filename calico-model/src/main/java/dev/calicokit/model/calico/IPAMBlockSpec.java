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
import dev.calicokit.model.internal.AllowNulls;
import dev.calicokit.model.style.CalicoStyle;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.SchemaNode;
import dev.calicokit.model.values.Cidr;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Allocation state of one IPAM block: the CIDR it covers, the node or virtual owner it is affine
 * to, and which of its addresses are taken and by whom.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableIPAMBlockSpec.class)
@JsonDeserialize(builder = IPAMBlockSpec.Builder.class)
@JsonPropertyOrder({"cidr", "affinity", "affinityClaimTime", "allocations", "unallocated", "attributes", "sequenceNumber", "sequenceNumberForAllocation", "deleted", "strictAffinity"})
public interface IPAMBlockSpec extends WithIPAMBlockSpec, HasUnknownFields {
  /** The network range covered by this block, in CIDR form such as 10.244.3.64/26. */
  @JsonProperty("cidr")
  @Fact(kind = FactKind.FORMAT, value = "cidr", groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED)
  Cidr cidr();

  /**
   * Owner the block is tied to, written as host:NODENAME or virtual:NAME; when unset the block has
   * no affinity and belongs to no particular node.
   */
  @JsonProperty("affinity")
  @Fact(kind = FactKind.PATTERN, value = "^(host|virtual):[a-zA-Z0-9\\.\\-_]+$", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> affinity();

  /**
   * Timestamp (RFC 3339) of the moment the current affinity was claimed; unset when the block has
   * no affinity or the time was not recorded.
   */
  @JsonProperty("affinityClaimTime")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.FORMAT, value = "date-time")
  Optional<String> affinityClaimTime();

  /**
   * One entry per address of the block in address order: null means the address is free, otherwise
   * the value is an index into attributes describing who holds it.
   */
  @JsonProperty("allocations")
  @Fact(kind = FactKind.REQUIRED)
  @Fact(kind = FactKind.NULLABLE, node = SchemaNode.ITEMS)
  @AllowNulls
  List<Long> allocations();

  /**
   * Ordinals of the free addresses in this block, in the order in which they will be handed out.
   */
  @JsonProperty("unallocated")
  @Fact(kind = FactKind.REQUIRED)
  List<Long> unallocated();

  /**
   * List of allocation records (handle and owner details) shared by the addresses that point at
   * them through allocations.
   */
  @JsonProperty("attributes")
  @Fact(kind = FactKind.REQUIRED)
  List<AllocationAttribute> attributes();

  /**
   * Counter bumped on every write to the block, used to detect that an address was released and
   * handed out again in between; starts at 0.
   */
  @JsonProperty("sequenceNumber")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.FORMAT, value = "int64")
  @Fact(kind = FactKind.DEFAULT, value = "0")
  Optional<Long> sequenceNumber();

  /**
   * Map from an address ordinal (as a string key) to the block sequence number recorded when that
   * address was allocated.
   */
  @JsonProperty("sequenceNumberForAllocation")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_24)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.FORMAT, value = "int64", node = SchemaNode.VALUES)
  Map<String, Long> sequenceNumberForAllocation();

  /**
   * Internal marker Calico sets while removing the block so that concurrent writers notice a
   * conflict; leave it unset.
   */
  @JsonProperty("deleted")
  Optional<Boolean> deleted();

  /**
   * Legacy per-block flag that is no longer honoured; strict affinity is configured on the
   * IPAMConfiguration object instead.
   */
  @JsonProperty("strictAffinity")
  @Fact(kind = FactKind.REQUIRED)
  Boolean strictAffinity();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #sequenceNumber()} set to any whole number, an {@code int} too. */
  default IPAMBlockSpec withSequenceNumber(long value) {
    return withSequenceNumber(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPAMBlockSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableIPAMBlockSpec.Builder {
    /** Adds to {@link IPAMBlockSpec#allocations()} any whole number, an {@code int} too. */
    public Builder addAllocation(long element) {
      return addAllocation(Long.valueOf(element));
    }

    /** Sets {@link IPAMBlockSpec#sequenceNumber()} to any whole number, an {@code int} too. */
    public Builder sequenceNumber(long sequenceNumber) {
      return sequenceNumber(Long.valueOf(sequenceNumber));
    }
  }
}
