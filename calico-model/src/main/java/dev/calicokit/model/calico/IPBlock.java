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
import dev.calicokit.model.values.Cidr;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Range of IP addresses used as a peer in a Kubernetes-style network policy rule, optionally with
 * holes cut out of it.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableIPBlock.class)
@JsonDeserialize(builder = IPBlock.Builder.class)
@JsonPropertyOrder({"cidr", "except"})
public interface IPBlock extends WithIPBlock, HasUnknownFields {
  /** Network range to match, in CIDR form such as 192.168.1.0/24 or 2001:db8::/64. */
  @JsonProperty("cidr")
  @Fact(kind = FactKind.REQUIRED)
  Cidr cidr();

  /**
   * CIDRs inside cidr that are excluded from the match; each must lie within cidr, and when unset
   * nothing is excluded.
   */
  @JsonProperty("except")
  @Fact(kind = FactKind.LIST_TYPE, value = "atomic")
  List<Cidr> except();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPBlock} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableIPBlock.Builder {}
}
