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

/** Content of a global network set. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableGlobalNetworkSetSpec.class)
@JsonDeserialize(builder = GlobalNetworkSetSpec.Builder.class)
@JsonPropertyOrder({"nets"})
public interface GlobalNetworkSetSpec extends WithGlobalNetworkSetSpec, HasUnknownFields {
  /** IP networks in the set, in CIDR notation (a bare address counts as a single host). */
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

  /** Builds {@link GlobalNetworkSetSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableGlobalNetworkSetSpec.Builder {}
}
