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
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** Summary and per-peer details of the BGP sessions on a node. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableCalicoNodeBGPStatus.class)
@JsonDeserialize(builder = CalicoNodeBGPStatus.Builder.class)
@JsonPropertyOrder({"numberEstablishedV4", "numberNotEstablishedV4", "numberEstablishedV6", "numberNotEstablishedV6", "peersV4", "peersV6"})
public interface CalicoNodeBGPStatus extends WithCalicoNodeBGPStatus, HasUnknownFields {
  /** Count of IPv4 BGP sessions that are in the Established state. */
  @JsonProperty("numberEstablishedV4")
  @Fact(kind = FactKind.REQUIRED)
  Long numberEstablishedV4();

  /** Count of configured IPv4 BGP sessions that are not established. */
  @JsonProperty("numberNotEstablishedV4")
  @Fact(kind = FactKind.REQUIRED)
  Long numberNotEstablishedV4();

  /** Count of IPv6 BGP sessions that are in the Established state. */
  @JsonProperty("numberEstablishedV6")
  @Fact(kind = FactKind.REQUIRED)
  Long numberEstablishedV6();

  /** Count of configured IPv6 BGP sessions that are not established. */
  @JsonProperty("numberNotEstablishedV6")
  @Fact(kind = FactKind.REQUIRED)
  Long numberNotEstablishedV6();

  /** Status of each IPv4 BGP peer of the node. */
  @JsonProperty("peersV4")
  List<CalicoNodePeer> peersV4();

  /** Status of each IPv6 BGP peer of the node. */
  @JsonProperty("peersV6")
  List<CalicoNodePeer> peersV6();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #numberEstablishedV4()} set to any whole number, an {@code int} too. */
  default CalicoNodeBGPStatus withNumberEstablishedV4(long value) {
    return withNumberEstablishedV4(Long.valueOf(value));
  }

  /** A copy with {@link #numberNotEstablishedV4()} set to any whole number, an {@code int} too. */
  default CalicoNodeBGPStatus withNumberNotEstablishedV4(long value) {
    return withNumberNotEstablishedV4(Long.valueOf(value));
  }

  /** A copy with {@link #numberEstablishedV6()} set to any whole number, an {@code int} too. */
  default CalicoNodeBGPStatus withNumberEstablishedV6(long value) {
    return withNumberEstablishedV6(Long.valueOf(value));
  }

  /** A copy with {@link #numberNotEstablishedV6()} set to any whole number, an {@code int} too. */
  default CalicoNodeBGPStatus withNumberNotEstablishedV6(long value) {
    return withNumberNotEstablishedV6(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalicoNodeBGPStatus} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableCalicoNodeBGPStatus.Builder {
    /** Sets {@link CalicoNodeBGPStatus#numberEstablishedV4()} to any whole number, an {@code int} too. */
    public Builder numberEstablishedV4(long numberEstablishedV4) {
      return numberEstablishedV4(Long.valueOf(numberEstablishedV4));
    }

    /** Sets {@link CalicoNodeBGPStatus#numberNotEstablishedV4()} to any whole number, an {@code int} too. */
    public Builder numberNotEstablishedV4(long numberNotEstablishedV4) {
      return numberNotEstablishedV4(Long.valueOf(numberNotEstablishedV4));
    }

    /** Sets {@link CalicoNodeBGPStatus#numberEstablishedV6()} to any whole number, an {@code int} too. */
    public Builder numberEstablishedV6(long numberEstablishedV6) {
      return numberEstablishedV6(Long.valueOf(numberEstablishedV6));
    }

    /** Sets {@link CalicoNodeBGPStatus#numberNotEstablishedV6()} to any whole number, an {@code int} too. */
    public Builder numberNotEstablishedV6(long numberNotEstablishedV6) {
      return numberNotEstablishedV6(Long.valueOf(numberNotEstablishedV6));
    }
  }
}
