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
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.SchemaNode;
import dev.calicokit.model.values.Cidr;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One IPv6 rule of a BGP filter: match conditions, an Accept or Reject action and optional route
 * changes. Rules are checked in order and the first match decides.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPFilterRuleV6.class)
@JsonDeserialize(builder = BGPFilterRuleV6.Builder.class)
@JsonPropertyOrder({"cidr", "prefixLength", "source", "interface", "matchOperator", "peerType", "communities", "asPathPrefix", "priority", "action", "operations"})
public interface BGPFilterRuleV6 extends WithBGPFilterRuleV6, HasUnknownFields {
  /**
   * IPv6 network in CIDR form (e.g. fd00::/8) that the route prefix is compared with according to
   * matchOperator; must be set together with matchOperator, and any prefix matches when both are
   * unset.
   */
  @JsonProperty("cidr")
  @Fact(kind = FactKind.FORMAT, value = "cidr", from = Release.V3_32)
  @Fact(kind = FactKind.MAX_LENGTH, value = "43", from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.CRD_V1, from = Release.V3_26, to = Release.V3_26)
  Optional<Cidr> cidr();

  /**
   * Minimum and maximum prefix length accepted within cidr; requires cidr. When unset, from the
   * cidr's own length up to /128.
   */
  @JsonProperty("prefixLength")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", from = Release.V3_32)
  Optional<BGPFilterPrefixLengthV6> prefixLength();

  /**
   * RemotePeers makes an export rule apply only to routes learned from other BGP peers rather than
   * routes the node originates; no source condition when unset.
   */
  @JsonProperty("source")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = "RemotePeers", from = Release.V3_32)
  Optional<BGPFilterMatchSource> source();

  /**
   * Matches only routes whose outgoing interface has this name; * works as a wildcard, as in
   * *.calico.
   */
  @JsonProperty("interface")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> networkInterface();

  /**
   * How the route prefix is compared with cidr: Equal, NotEqual, In (inside or equal to cidr) or
   * NotIn. Required when cidr is set.
   */
  @JsonProperty("matchOperator")
  @Fact(kind = FactKind.ENUM, value = {"Equal", "NotEqual", "In", "NotIn"}, from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED, groups = ApiGroup.CRD_V1, from = Release.V3_26, to = Release.V3_26)
  Optional<BGPFilterMatchOperator> matchOperator();

  /** Limits the rule to one kind of peer, eBGP or iBGP; applies to all peers when unset. */
  @JsonProperty("peerType")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"eBGP", "iBGP"})
  Optional<BGPFilterPeerType> peerType();

  /**
   * Matches only routes that carry the given BGP community; no community condition when unset.
   */
  @JsonProperty("communities")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  Optional<BGPFilterCommunityMatch> communities();

  /**
   * Matches only routes whose AS path begins with this sequence of AS numbers; no AS path
   * condition when unset.
   */
  @JsonProperty("asPathPrefix")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.FORMAT, value = "int32", node = SchemaNode.ITEMS)
  List<Integer> asPathPrefix();

  /**
   * Matches only routes with this priority (kernel route metric, same units as the
   * FelixConfiguration route priorities), 1 to 2147483646.
   */
  @JsonProperty("priority")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.MINIMUM, value = "1")
  @Fact(kind = FactKind.MAXIMUM, value = "2147483646")
  Optional<Long> priority();

  /** What happens to a matching route: Accept or Reject. Required. */
  @JsonProperty("action")
  @Fact(kind = FactKind.ENUM, value = {"Accept", "Reject"}, from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED)
  BGPFilterAction action();

  /**
   * Ordered changes applied to routes this rule accepts (add community, prepend AS path, set
   * priority); allowed only with action Accept, 1 to 10 entries.
   */
  @JsonProperty("operations")
  @Present(from = Release.V3_32)
  @Fact(kind = FactKind.MIN_ITEMS, value = "1")
  @Fact(kind = FactKind.MAX_ITEMS, value = "10")
  @Fact(kind = FactKind.MIN_PROPERTIES, value = "1", node = SchemaNode.ITEMS)
  @Fact(kind = FactKind.MAX_PROPERTIES, value = "1", node = SchemaNode.ITEMS)
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", node = SchemaNode.ITEMS)
  List<BGPFilterOperation> operations();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #priority()} set to any whole number, an {@code int} too. */
  default BGPFilterRuleV6 withPriority(long value) {
    return withPriority(Long.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BGPFilterRuleV6} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBGPFilterRuleV6.Builder {
    /** Sets {@link BGPFilterRuleV6#priority()} to any whole number, an {@code int} too. */
    public Builder priority(long priority) {
      return priority(Long.valueOf(priority));
    }
  }
}
