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
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Protocol;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One failsafe entry: a protocol and port, optionally limited to a CIDR, that host endpoint
 * traffic may always use regardless of policy.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableProtoPort.class)
@JsonDeserialize(builder = ProtoPort.Builder.class)
@JsonPropertyOrder({"protocol", "port", "net"})
public interface ProtoPort extends WithProtoPort, HasUnknownFields {
  /** Transport protocol: tcp, udp or sctp; when empty Felix treats it as tcp. */
  @JsonProperty("protocol")
  @Fact(kind = FactKind.TYPE, value = "string")
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.CRD_V1, to = Release.V3_29)
  Optional<Protocol> protocol();

  /** Port number from 0 to 65535; required. */
  @JsonProperty("port")
  @Fact(kind = FactKind.REQUIRED)
  Long port();

  /**
   * Optional CIDR, such as 10.0.0.0/8, limiting the entry to peers in that range (remote sources
   * for inbound entries, destinations for outbound ones); empty means any address.
   */
  @JsonProperty("net")
  Optional<Cidr> net();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #port()} set to any whole number, an {@code int} too. */
  default ProtoPort withPort(long value) {
    return withPort(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProtoPort} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableProtoPort.Builder {
    /** Sets {@link ProtoPort#port()} to any whole number, an {@code int} too. */
    public Builder port(long port) {
      return port(Long.valueOf(port));
    }
  }
}
