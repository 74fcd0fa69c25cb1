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
import dev.calicokit.model.values.Protocol;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A named port on an endpoint, which policy rules can refer to by name instead of by number.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableEndpointPort.class)
@JsonDeserialize(builder = EndpointPort.Builder.class)
@JsonPropertyOrder({"name", "protocol", "port"})
public interface EndpointPort extends WithEndpointPort, HasUnknownFields {
  /** Name of the port as used in policy rules. */
  @JsonProperty("name")
  @Fact(kind = FactKind.REQUIRED)
  String name();

  /** IP protocol of the port, such as TCP, UDP or SCTP; a protocol number is also accepted. */
  @JsonProperty("protocol")
  @Fact(kind = FactKind.PATTERN, value = "^.*")
  @Fact(kind = FactKind.INT_OR_STRING)
  @Fact(kind = FactKind.REQUIRED)
  Protocol protocol();

  /** Port number, 1 to 65535. */
  @JsonProperty("port")
  @Fact(kind = FactKind.MINIMUM, value = "1", from = Release.V3_32)
  @Fact(kind = FactKind.MAXIMUM, value = "65535", from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED)
  Long port();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #port()} set to any whole number, an {@code int} too. */
  default EndpointPort withPort(long value) {
    return withPort(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EndpointPort} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableEndpointPort.Builder {
    /** Sets {@link EndpointPort#port()} to any whole number, an {@code int} too. */
    public Builder port(long port) {
      return port(Long.valueOf(port));
    }
  }
}
