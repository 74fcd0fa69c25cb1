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
import java.util.Optional;
import org.immutables.value.Value;

/** BGP community values to attach when a given address range is advertised to peers. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutablePrefixAdvertisement.class)
@JsonDeserialize(builder = PrefixAdvertisement.Builder.class)
@JsonPropertyOrder({"cidr", "communities"})
public interface PrefixAdvertisement extends WithPrefixAdvertisement, HasUnknownFields {
  /** Address range, in CIDR form, whose advertised routes get the communities. */
  @JsonProperty("cidr")
  @Fact(kind = FactKind.FORMAT, value = "cidr", from = Release.V3_32)
  Optional<Cidr> cidr();

  /**
   * Community names defined in the BGP configuration, or literal values written aa:nn (standard)
   * or aa:nn:mm (large).
   */
  @JsonProperty("communities")
  List<String> communities();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PrefixAdvertisement} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutablePrefixAdvertisement.Builder {}
}
