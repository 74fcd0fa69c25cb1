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
import dev.calicokit.model.schema.SchemaNode;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** Rule lists of a BGP filter, separated by direction (import or export) and IP family. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPFilterSpec.class)
@JsonDeserialize(builder = BGPFilterSpec.Builder.class)
@JsonPropertyOrder({"exportV4", "importV4", "exportV6", "importV6"})
public interface BGPFilterSpec extends WithBGPFilterSpec, HasUnknownFields {
  /** Ordered rules for IPv4 routes sent to a peer; a route that matches no rule is accepted. */
  @JsonProperty("exportV4")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "(has(self.cidr) && size(self.cidr) > 0) == (has(self.matchOperator) && size(self.matchOperator) > 0)", message = "cidr and matchOperator go together: set both or neither", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "!has(self.prefixLength) || (has(self.cidr) && size(self.cidr) > 0)", message = "prefixLength needs a cidr to apply to", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS, position = 1)
  @Cel(rule = "!has(self.operations) || size(self.operations) == 0 || self.action == 'Accept'", message = "operations can only be given on a rule whose action is Accept", from = Release.V3_32, node = SchemaNode.ITEMS, position = 2)
  List<BGPFilterRuleV4> exportV4();

  /**
   * Ordered rules for IPv4 routes received from a peer; a route that matches no rule is accepted.
   */
  @JsonProperty("importV4")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "(has(self.cidr) && size(self.cidr) > 0) == (has(self.matchOperator) && size(self.matchOperator) > 0)", message = "cidr and matchOperator go together: set both or neither", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "!has(self.prefixLength) || (has(self.cidr) && size(self.cidr) > 0)", message = "prefixLength needs a cidr to apply to", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS, position = 1)
  @Cel(rule = "!has(self.operations) || size(self.operations) == 0 || self.action == 'Accept'", message = "operations can only be given on a rule whose action is Accept", from = Release.V3_32, node = SchemaNode.ITEMS, position = 2)
  List<BGPFilterRuleV4> importV4();

  /** Ordered rules for IPv6 routes sent to a peer; a route that matches no rule is accepted. */
  @JsonProperty("exportV6")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "(has(self.cidr) && size(self.cidr) > 0) == (has(self.matchOperator) && size(self.matchOperator) > 0)", message = "cidr and matchOperator go together: set both or neither", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "!has(self.prefixLength) || (has(self.cidr) && size(self.cidr) > 0)", message = "prefixLength needs a cidr to apply to", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS, position = 1)
  @Cel(rule = "!has(self.operations) || size(self.operations) == 0 || self.action == 'Accept'", message = "operations can only be given on a rule whose action is Accept", from = Release.V3_32, node = SchemaNode.ITEMS, position = 2)
  List<BGPFilterRuleV6> exportV6();

  /**
   * Ordered rules for IPv6 routes received from a peer; a route that matches no rule is accepted.
   */
  @JsonProperty("importV6")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "(has(self.cidr) && size(self.cidr) > 0) == (has(self.matchOperator) && size(self.matchOperator) > 0)", message = "cidr and matchOperator go together: set both or neither", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "!has(self.prefixLength) || (has(self.cidr) && size(self.cidr) > 0)", message = "prefixLength needs a cidr to apply to", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS, position = 1)
  @Cel(rule = "!has(self.operations) || size(self.operations) == 0 || self.action == 'Accept'", message = "operations can only be given on a rule whose action is Accept", from = Release.V3_32, node = SchemaNode.ITEMS, position = 2)
  List<BGPFilterRuleV6> importV6();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BGPFilterSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBGPFilterSpec.Builder {}
}
