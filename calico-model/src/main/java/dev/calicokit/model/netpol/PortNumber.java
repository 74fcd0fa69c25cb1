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
import java.util.Map;
import org.immutables.value.Value;

/**
 * Single port number together with its protocol, used in admin and baseline admin policy rules.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutablePortNumber.class)
@JsonDeserialize(builder = PortNumber.Builder.class)
@JsonPropertyOrder({"protocol", "port"})
public interface PortNumber extends WithPortNumber, HasUnknownFields {
  /** TCP, UDP or SCTP; TCP when unset. */
  @JsonProperty("protocol")
  @Fact(kind = FactKind.DEFAULT, value = "\"TCP\"")
  @Fact(kind = FactKind.REQUIRED)
  String protocol();

  /** Port number, 1 to 65535. */
  @JsonProperty("port")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  @Fact(kind = FactKind.MINIMUM, value = "1")
  @Fact(kind = FactKind.MAXIMUM, value = "65535")
  @Fact(kind = FactKind.REQUIRED)
  Integer port();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PortNumber} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutablePortNumber.Builder {}
}
