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
import dev.calicokit.model.values.IpAddress;
import dev.calicokit.model.values.Protocol;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A named port of a workload endpoint, possibly mapped to a port of the host. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableWorkloadEndpointPort.class)
@JsonDeserialize(builder = WorkloadEndpointPort.Builder.class)
@JsonPropertyOrder({"name", "protocol", "port", "hostPort", "hostIP"})
public interface WorkloadEndpointPort extends WithWorkloadEndpointPort, HasUnknownFields {
  /** Name of the port as policy rules use it; may be empty only with a hostPort. */
  @JsonProperty("name")
  Optional<String> name();

  /** Protocol of the port: TCP, UDP or SCTP; required. */
  @JsonProperty("protocol")
  Optional<Protocol> protocol();

  /** Port number in the workload, 1 to 65535; required. */
  @JsonProperty("port")
  Optional<Long> port();

  /** Port of the host mapped to this port; 0 or unset for none. */
  @JsonProperty("hostPort")
  Optional<Long> hostPort();

  /** Host address the host port is bound on. */
  @JsonProperty("hostIP")
  Optional<IpAddress> hostIP();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long attributes take the boxed type, which an int literal does
  // not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #port()} set to any whole number, an {@code int} too. */
  default WorkloadEndpointPort withPort(long value) {
    return withPort(Long.valueOf(value));
  }

  /** A copy with {@link #hostPort()} set to any whole number, an {@code int} too. */
  default WorkloadEndpointPort withHostPort(long value) {
    return withHostPort(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkloadEndpointPort} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableWorkloadEndpointPort.Builder {
    /** Sets {@link WorkloadEndpointPort#port()} to any whole number, an {@code int} too. */
    public Builder port(long port) {
      return port(Long.valueOf(port));
    }

    /** Sets {@link WorkloadEndpointPort#hostPort()} to any whole number, an {@code int} too. */
    public Builder hostPort(long hostPort) {
      return hostPort(Long.valueOf(hostPort));
    }
  }
}
