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
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Contents of an IPAM handle: its identifier and how many addresses it holds in each block. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableIPAMHandleSpec.class)
@JsonDeserialize(builder = IPAMHandleSpec.Builder.class)
@JsonPropertyOrder({"handleID", "block", "deleted"})
public interface IPAMHandleSpec extends WithIPAMHandleSpec, HasUnknownFields {
  /**
   * Identifier of the handle, typically built from the network name and the container or workload
   * id.
   */
  @JsonProperty("handleID")
  @Fact(kind = FactKind.REQUIRED)
  String handleID();

  /**
   * Map from a block CIDR (encoded as the key string) to the number of addresses this handle
   * currently holds in that block.
   */
  @JsonProperty("block")
  @Fact(kind = FactKind.REQUIRED)
  Map<String, Long> block();

  /**
   * Internal marker Calico sets while removing the handle so that concurrent writers notice a
   * conflict; leave it unset.
   */
  @JsonProperty("deleted")
  Optional<Boolean> deleted();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPAMHandleSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableIPAMHandleSpec.Builder {}
}
