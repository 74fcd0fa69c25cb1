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
import dev.calicokit.model.values.IntOrString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Quality-of-service limits of a workload endpoint. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableQoSControls.class)
@JsonDeserialize(builder = QoSControls.Builder.class)
@JsonPropertyOrder({"ingressBandwidth", "ingressBurst", "ingressPeakrate", "ingressMinburst", "egressBandwidth", "egressBurst", "egressPeakrate", "egressMinburst", "ingressPacketRate", "ingressPacketBurst", "egressPacketRate", "egressPacketBurst", "ingressMaxConnections", "egressMaxConnections", "dscp"})
public interface QoSControls extends WithQoSControls, HasUnknownFields {
  /** Ingress bandwidth limit in bits per second; applied only when not 0. */
  @JsonProperty("ingressBandwidth")
  Optional<Long> ingressBandwidth();

  /** Ingress burst size in bits. */
  @JsonProperty("ingressBurst")
  Optional<Long> ingressBurst();

  /** Ingress peak rate in bits per second. */
  @JsonProperty("ingressPeakrate")
  Optional<Long> ingressPeakrate();

  /** Ingress minimum burst size in bytes (usually the MTU). */
  @JsonProperty("ingressMinburst")
  Optional<Long> ingressMinburst();

  /** Egress bandwidth limit in bits per second; applied only when not 0. */
  @JsonProperty("egressBandwidth")
  Optional<Long> egressBandwidth();

  /** Egress burst size in bits. */
  @JsonProperty("egressBurst")
  Optional<Long> egressBurst();

  /** Egress peak rate in bits per second. */
  @JsonProperty("egressPeakrate")
  Optional<Long> egressPeakrate();

  /** Egress minimum burst size in bytes (usually the MTU). */
  @JsonProperty("egressMinburst")
  Optional<Long> egressMinburst();

  /** Ingress packet-rate limit in packets per second; applied only when not 0. */
  @JsonProperty("ingressPacketRate")
  Optional<Long> ingressPacketRate();

  /** Ingress packet burst size in packets. */
  @JsonProperty("ingressPacketBurst")
  Optional<Long> ingressPacketBurst();

  /** Egress packet-rate limit in packets per second; applied only when not 0. */
  @JsonProperty("egressPacketRate")
  Optional<Long> egressPacketRate();

  /** Egress packet burst size in packets. */
  @JsonProperty("egressPacketBurst")
  Optional<Long> egressPacketBurst();

  /** Largest number of ingress connections; applied only when not 0. */
  @JsonProperty("ingressMaxConnections")
  Optional<Long> ingressMaxConnections();

  /** Largest number of egress connections; applied only when not 0. */
  @JsonProperty("egressMaxConnections")
  Optional<Long> egressMaxConnections();

  /** DSCP value to mark the endpoint's egress traffic with: a number 0 to 63 or a name such as AF11. */
  @JsonProperty("dscp")
  Optional<IntOrString> dscp();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long attributes take the boxed type, which an int literal does
  // not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #ingressBandwidth()} set to any whole number, an {@code int} too. */
  default QoSControls withIngressBandwidth(long value) {
    return withIngressBandwidth(Long.valueOf(value));
  }

  /** A copy with {@link #ingressBurst()} set to any whole number, an {@code int} too. */
  default QoSControls withIngressBurst(long value) {
    return withIngressBurst(Long.valueOf(value));
  }

  /** A copy with {@link #ingressPeakrate()} set to any whole number, an {@code int} too. */
  default QoSControls withIngressPeakrate(long value) {
    return withIngressPeakrate(Long.valueOf(value));
  }

  /** A copy with {@link #ingressMinburst()} set to any whole number, an {@code int} too. */
  default QoSControls withIngressMinburst(long value) {
    return withIngressMinburst(Long.valueOf(value));
  }

  /** A copy with {@link #egressBandwidth()} set to any whole number, an {@code int} too. */
  default QoSControls withEgressBandwidth(long value) {
    return withEgressBandwidth(Long.valueOf(value));
  }

  /** A copy with {@link #egressBurst()} set to any whole number, an {@code int} too. */
  default QoSControls withEgressBurst(long value) {
    return withEgressBurst(Long.valueOf(value));
  }

  /** A copy with {@link #egressPeakrate()} set to any whole number, an {@code int} too. */
  default QoSControls withEgressPeakrate(long value) {
    return withEgressPeakrate(Long.valueOf(value));
  }

  /** A copy with {@link #egressMinburst()} set to any whole number, an {@code int} too. */
  default QoSControls withEgressMinburst(long value) {
    return withEgressMinburst(Long.valueOf(value));
  }

  /** A copy with {@link #ingressPacketRate()} set to any whole number, an {@code int} too. */
  default QoSControls withIngressPacketRate(long value) {
    return withIngressPacketRate(Long.valueOf(value));
  }

  /** A copy with {@link #ingressPacketBurst()} set to any whole number, an {@code int} too. */
  default QoSControls withIngressPacketBurst(long value) {
    return withIngressPacketBurst(Long.valueOf(value));
  }

  /** A copy with {@link #egressPacketRate()} set to any whole number, an {@code int} too. */
  default QoSControls withEgressPacketRate(long value) {
    return withEgressPacketRate(Long.valueOf(value));
  }

  /** A copy with {@link #egressPacketBurst()} set to any whole number, an {@code int} too. */
  default QoSControls withEgressPacketBurst(long value) {
    return withEgressPacketBurst(Long.valueOf(value));
  }

  /** A copy with {@link #ingressMaxConnections()} set to any whole number, an {@code int} too. */
  default QoSControls withIngressMaxConnections(long value) {
    return withIngressMaxConnections(Long.valueOf(value));
  }

  /** A copy with {@link #egressMaxConnections()} set to any whole number, an {@code int} too. */
  default QoSControls withEgressMaxConnections(long value) {
    return withEgressMaxConnections(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link QoSControls} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableQoSControls.Builder {
    /** Sets {@link QoSControls#ingressBandwidth()} to any whole number, an {@code int} too. */
    public Builder ingressBandwidth(long ingressBandwidth) {
      return ingressBandwidth(Long.valueOf(ingressBandwidth));
    }

    /** Sets {@link QoSControls#ingressBurst()} to any whole number, an {@code int} too. */
    public Builder ingressBurst(long ingressBurst) {
      return ingressBurst(Long.valueOf(ingressBurst));
    }

    /** Sets {@link QoSControls#ingressPeakrate()} to any whole number, an {@code int} too. */
    public Builder ingressPeakrate(long ingressPeakrate) {
      return ingressPeakrate(Long.valueOf(ingressPeakrate));
    }

    /** Sets {@link QoSControls#ingressMinburst()} to any whole number, an {@code int} too. */
    public Builder ingressMinburst(long ingressMinburst) {
      return ingressMinburst(Long.valueOf(ingressMinburst));
    }

    /** Sets {@link QoSControls#egressBandwidth()} to any whole number, an {@code int} too. */
    public Builder egressBandwidth(long egressBandwidth) {
      return egressBandwidth(Long.valueOf(egressBandwidth));
    }

    /** Sets {@link QoSControls#egressBurst()} to any whole number, an {@code int} too. */
    public Builder egressBurst(long egressBurst) {
      return egressBurst(Long.valueOf(egressBurst));
    }

    /** Sets {@link QoSControls#egressPeakrate()} to any whole number, an {@code int} too. */
    public Builder egressPeakrate(long egressPeakrate) {
      return egressPeakrate(Long.valueOf(egressPeakrate));
    }

    /** Sets {@link QoSControls#egressMinburst()} to any whole number, an {@code int} too. */
    public Builder egressMinburst(long egressMinburst) {
      return egressMinburst(Long.valueOf(egressMinburst));
    }

    /** Sets {@link QoSControls#ingressPacketRate()} to any whole number, an {@code int} too. */
    public Builder ingressPacketRate(long ingressPacketRate) {
      return ingressPacketRate(Long.valueOf(ingressPacketRate));
    }

    /** Sets {@link QoSControls#ingressPacketBurst()} to any whole number, an {@code int} too. */
    public Builder ingressPacketBurst(long ingressPacketBurst) {
      return ingressPacketBurst(Long.valueOf(ingressPacketBurst));
    }

    /** Sets {@link QoSControls#egressPacketRate()} to any whole number, an {@code int} too. */
    public Builder egressPacketRate(long egressPacketRate) {
      return egressPacketRate(Long.valueOf(egressPacketRate));
    }

    /** Sets {@link QoSControls#egressPacketBurst()} to any whole number, an {@code int} too. */
    public Builder egressPacketBurst(long egressPacketBurst) {
      return egressPacketBurst(Long.valueOf(egressPacketBurst));
    }

    /** Sets {@link QoSControls#ingressMaxConnections()} to any whole number, an {@code int} too. */
    public Builder ingressMaxConnections(long ingressMaxConnections) {
      return ingressMaxConnections(Long.valueOf(ingressMaxConnections));
    }

    /** Sets {@link QoSControls#egressMaxConnections()} to any whole number, an {@code int} too. */
    public Builder egressMaxConnections(long egressMaxConnections) {
      return egressMaxConnections(Long.valueOf(egressMaxConnections));
    }
  }
}
