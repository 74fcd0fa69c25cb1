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
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.Cidr;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** Addresses held back from automatic IP assignment. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableIPReservationSpec.class)
@JsonDeserialize(builder = IPReservationSpec.Builder.class)
@JsonPropertyOrder({"reservedCIDRs"})
public interface IPReservationSpec extends WithIPReservationSpec, HasUnknownFields {
  /**
   * Single addresses or CIDR ranges, IPv4 or IPv6, that IPAM skips when assigning addresses;
   * ranges outside any pool have no effect.
   */
  @JsonProperty("reservedCIDRs")
  @Fact(kind = FactKind.FORMAT, value = "cidr", from = Release.V3_32)
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  List<Cidr> reservedCIDRs();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPReservationSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableIPReservationSpec.Builder {}
}
