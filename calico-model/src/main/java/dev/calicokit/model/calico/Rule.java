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
import dev.calicokit.model.schema.Cel;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.Protocol;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule of a Calico policy: match conditions on the packet plus the action taken when they all
 * hold. Most conditions have a negated form whose name starts with not.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableRule.class)
@JsonDeserialize(builder = Rule.Builder.class)
@JsonPropertyOrder({"action", "ipVersion", "protocol", "icmp", "notProtocol", "notICMP", "source", "destination", "http", "metadata"})
public interface Rule extends WithRule, HasUnknownFields {
  /**
   * What to do with matching traffic: Allow, Deny, Log (log and carry on) or Pass (skip the
   * remaining policies of this tier).
   */
  @JsonProperty("action")
  @Fact(kind = FactKind.ENUM, value = {"Allow", "Deny", "Log", "Pass"}, from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED)
  Action action();

  /** 4 or 6 to limit the rule to one IP family; when unset the rule matches both. */
  @JsonProperty("ipVersion")
  @Fact(kind = FactKind.ENUM, value = {"4", "6"}, from = Release.V3_32)
  Optional<Long> ipVersion();

  /**
   * IP protocol to match, as a name (TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite) or a number 1 to 255;
   * needed whenever ports are matched, and when unset any protocol matches.
   */
  @JsonProperty("protocol")
  @Fact(kind = FactKind.PATTERN, value = "^.*")
  @Fact(kind = FactKind.INT_OR_STRING)
  Optional<Protocol> protocol();

  /** ICMP type and code to match; only valid when protocol is ICMP or ICMPv6. */
  @JsonProperty("icmp")
  @Cel(rule = "!has(self.code) || has(self.type)", message = "an ICMP code needs an ICMP type", reason = "FieldValueInvalid", from = Release.V3_32)
  Optional<ICMPFields> icmp();

  /** Protocol the traffic must not use, given like protocol. */
  @JsonProperty("notProtocol")
  @Fact(kind = FactKind.PATTERN, value = "^.*")
  @Fact(kind = FactKind.INT_OR_STRING)
  Optional<Protocol> notProtocol();

  /** ICMP type and code that must not match. */
  @JsonProperty("notICMP")
  @Cel(rule = "!has(self.code) || has(self.type)", message = "an ICMP code needs an ICMP type", reason = "FieldValueInvalid", from = Release.V3_32)
  Optional<ICMPFields> notICMP();

  /**
   * Conditions on the source side: selectors, networks, ports, service accounts or services.
   */
  @JsonProperty("source")
  Optional<EntityRule> source();

  /**
   * Conditions on the destination side: selectors, networks, ports, service accounts or services.
   */
  @JsonProperty("destination")
  Optional<EntityRule> destination();

  /**
   * Conditions on HTTP requests such as methods and paths; they are only enforced where
   * application layer policy is available.
   */
  @JsonProperty("http")
  Optional<HTTPMatch> http();

  /** Extra descriptive data attached to the rule, such as annotations. */
  @JsonProperty("metadata")
  Optional<RuleMetadata> metadata();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Written by hand: the drafting script carries this block over when it redrafts the file.
  /** A rule that allows the traffic it matches; refine it with the {@code with*} methods. */
  static Rule allow() {
    return builder().action(Action.ALLOW).build();
  }

  /** A rule that denies the traffic it matches; refine it with the {@code with*} methods. */
  static Rule deny() {
    return builder().action(Action.DENY).build();
  }

  /** A rule that passes the traffic it matches on to the next tier. */
  static Rule pass() {
    return builder().action(Action.PASS).build();
  }

  /** A rule that logs the traffic it matches and goes on with the next rule. */
  static Rule log() {
    return builder().action(Action.LOG).build();
  }
  // End of the hand-written block.

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #ipVersion()} set to any whole number, an {@code int} too. */
  default Rule withIpVersion(long value) {
    return withIpVersion(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Rule} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableRule.Builder {
    /** Sets {@link Rule#ipVersion()} to any whole number, an {@code int} too. */
    public Builder ipVersion(long ipVersion) {
      return ipVersion(Long.valueOf(ipVersion));
    }
  }
}
