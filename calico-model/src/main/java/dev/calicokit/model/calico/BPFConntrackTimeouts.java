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
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Timeouts that decide when idle or finished connections are removed from the BPF dataplane's
 * conntrack table. Each value is a duration such as 30s or the word Auto where allowed; a field
 * left unset keeps Felix's built-in value.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBPFConntrackTimeouts.class)
@JsonDeserialize(builder = BPFConntrackTimeouts.Builder.class)
@JsonPropertyOrder({"creationGracePeriod", "tcpSynSent", "tcpEstablished", "tcpFinsSeen", "tcpResetSeen", "udpTimeout", "genericTimeout", "icmpTimeout"})
public interface BPFConntrackTimeouts extends WithBPFConntrackTimeouts, HasUnknownFields {
  /**
   * Grace period during which a newly created conntrack entry is never removed, as a duration such
   * as 10s (the default).
   */
  @JsonProperty("creationGracePeriod")
  @Fact(kind = FactKind.PATTERN, value = "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$")
  Optional<String> creationGracePeriod();

  /**
   * How long an entry is kept after a TCP SYN that got no reply, as a duration such as 20s (the
   * default) or Auto to take the value from the matching Linux nf_conntrack sysctl.
   */
  @JsonProperty("tcpSynSent")
  @Fact(kind = FactKind.PATTERN, value = "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$")
  Optional<String> tcpSynSent();

  /**
   * Idle time after which an established TCP connection's entry may be removed, as a duration such
   * as 1h (the default) or Auto to take the value from the matching Linux nf_conntrack sysctl.
   */
  @JsonProperty("tcpEstablished")
  @Fact(kind = FactKind.PATTERN, value = "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$")
  Optional<String> tcpEstablished();

  /**
   * How long an entry is kept after a TCP connection has been closed normally with FIN packets, as
   * a duration such as 30s or Auto to take the value from the matching Linux nf_conntrack sysctl
   * (the default is Auto).
   */
  @JsonProperty("tcpFinsSeen")
  @Fact(kind = FactKind.PATTERN, value = "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$")
  Optional<String> tcpFinsSeen();

  /**
   * How long an entry is kept after a TCP connection has been aborted with a reset, as a duration
   * such as 40s (the default).
   */
  @JsonProperty("tcpResetSeen")
  @Fact(kind = FactKind.PATTERN, value = "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$")
  Optional<String> tcpResetSeen();

  /**
   * Idle time after which a UDP entry may be removed, as a duration such as 60s (the default).
   */
  @JsonProperty("udpTimeout")
  @Fact(kind = FactKind.PATTERN, value = "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$")
  Optional<String> udpTimeout();

  /**
   * Idle time after which an entry for a protocol other than TCP, UDP or ICMP may be removed, as a
   * duration such as 10m (the default) or Auto to take the value from the matching Linux
   * nf_conntrack sysctl.
   */
  @JsonProperty("genericTimeout")
  @Fact(kind = FactKind.PATTERN, value = "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$")
  Optional<String> genericTimeout();

  /**
   * Idle time after which an ICMP entry may be removed, as a duration such as 5s (the default) or
   * Auto to take the value from the matching Linux nf_conntrack sysctl.
   */
  @JsonProperty("icmpTimeout")
  @Fact(kind = FactKind.PATTERN, value = "^(([0-9]*(\\.[0-9]*)?(ms|s|h|m|us)+)+|Auto)$")
  Optional<String> icmpTimeout();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BPFConntrackTimeouts} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBPFConntrackTimeouts.Builder {}
}
