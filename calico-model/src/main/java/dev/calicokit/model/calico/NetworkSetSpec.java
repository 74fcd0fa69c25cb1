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

/** Contents of a network set. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNetworkSetSpec.class)
@JsonDeserialize(builder = NetworkSetSpec.Builder.class)
@JsonPropertyOrder({"nets"})
public interface NetworkSetSpec extends WithNetworkSetSpec, HasUnknownFields {
  /** IP addresses or CIDRs, IPv4 or IPv6, that belong to the set. */
  @JsonProperty("nets")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  List<Cidr> nets();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkSetSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNetworkSetSpec.Builder {}
}
