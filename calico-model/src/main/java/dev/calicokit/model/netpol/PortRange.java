package dev.calicokit.model.netpol;

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
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Inclusive range of port numbers used in network policy API rules. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutablePortRange.class)
@JsonDeserialize(builder = PortRange.Builder.class)
@JsonPropertyOrder({"protocol", "start", "end"})
public interface PortRange extends WithPortRange, HasUnknownFields {
  /**
   * TCP, UDP or SCTP, TCP when unset; only present in admin and baseline admin policy ranges,
   * since ClusterNetworkPolicy takes the protocol from the enclosing match.
   */
  @JsonProperty("protocol")
  @Present(from = Release.V3_29, to = Release.V3_31)
  @Fact(kind = FactKind.DEFAULT, value = "\"TCP\"")
  Optional<String> protocol();

  /** First port of the range, 1 to 65535, less than end. */
  @JsonProperty("start")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  @Fact(kind = FactKind.MINIMUM, value = "1")
  @Fact(kind = FactKind.MAXIMUM, value = "65535")
  @Fact(kind = FactKind.REQUIRED)
  Integer start();

  /** Last port of the range, 1 to 65535, greater than start. */
  @JsonProperty("end")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  @Fact(kind = FactKind.MINIMUM, value = "1")
  @Fact(kind = FactKind.MAXIMUM, value = "65535")
  @Fact(kind = FactKind.REQUIRED)
  Integer end();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PortRange} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutablePortRange.Builder {}
}
