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
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Ownership record kept inside an IPAM block and shared by the IP allocations that point to it; it
 * says who holds those addresses.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableAllocationAttribute.class)
@JsonDeserialize(builder = AllocationAttribute.Builder.class)
@JsonPropertyOrder({"handle_id", "secondary", "alternateOwnerAttrs"})
public interface AllocationAttribute extends WithAllocationAttribute, HasUnknownFields {
  /**
   * ID of the IPAM handle that owns the allocation, which lets all addresses of one owner be
   * released together; absent when no handle was given.
   */
  @JsonProperty("handle_id")
  Optional<String> handleId();

  /**
   * Key/value attributes describing the current owner of the address, for example the node,
   * namespace and pod it was assigned to.
   */
  @JsonProperty("secondary")
  Map<String, String> secondary();

  /**
   * Key/value attributes for a second owner that may also hold the address, for example the target
   * side of a workload migration; empty when there is no such owner.
   */
  @JsonProperty("alternateOwnerAttrs")
  @Present(from = Release.V3_32)
  Map<String, String> alternateOwnerAttrs();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AllocationAttribute} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableAllocationAttribute.Builder {}
}
