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
import dev.calicokit.model.schema.Cel;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.SchemaNode;
import dev.calicokit.model.values.Selector;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Contents of a namespaced Calico network policy: which endpoints it selects, its rules, and where
 * it sits in policy evaluation order.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNetworkPolicySpec.class)
@JsonDeserialize(builder = NetworkPolicySpec.Builder.class)
@JsonPropertyOrder({"tier", "order", "ingress", "egress", "selector", "types", "serviceAccountSelector", "performanceHints"})
public interface NetworkPolicySpec extends WithNetworkPolicySpec, HasUnknownFields {
  /**
   * Name of the tier the policy belongs to; the tier must exist, and default is used when unset.
   */
  @JsonProperty("tier")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.DEFAULT, value = "\"default\"", from = Release.V3_32)
  Optional<String> tier();

  /**
   * Number fixing the position of the policy within its tier, lower values first; when unset the
   * policy comes last, and ties are broken by name.
   */
  @JsonProperty("order")
  Optional<BigDecimal> order();

  /**
   * Ordered rules for traffic arriving at the selected endpoints; the first rule that matches
   * decides.
   */
  @JsonProperty("ingress")
  @Cel(rule = "!has(self.http) || !has(self.protocol) || self.protocol == 'TCP' || self.protocol == 6", message = "HTTP matching only works on TCP rules", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "self.action == 'Allow' || !has(self.http)", message = "HTTP matching is only allowed on rules whose action is Allow", reason = "FieldValueForbidden", from = Release.V3_32, node = SchemaNode.ITEMS, position = 1)
  @Cel(rule = "!has(self.destination) || !has(self.destination.services) || (!has(self.destination.ports) || size(self.destination.ports) == 0) && (!has(self.destination.notPorts) || size(self.destination.notPorts) == 0)", message = "a destination that names services takes its ports from them: ports and notPorts must be left out", reason = "FieldValueForbidden", from = Release.V3_32, node = SchemaNode.ITEMS, position = 2)
  List<Rule> ingress();

  /**
   * Ordered rules for traffic leaving the selected endpoints; the first rule that matches decides.
   */
  @JsonProperty("egress")
  @Cel(rule = "!has(self.http) || !has(self.protocol) || self.protocol == 'TCP' || self.protocol == 6", message = "HTTP matching only works on TCP rules", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "self.action == 'Allow' || !has(self.http)", message = "HTTP matching is only allowed on rules whose action is Allow", reason = "FieldValueForbidden", from = Release.V3_32, node = SchemaNode.ITEMS, position = 1)
  @Cel(rule = "!has(self.destination) || !has(self.destination.services) || (!has(self.destination.ports) || size(self.destination.ports) == 0) && (!has(self.destination.notPorts) || size(self.destination.notPorts) == 0)", message = "a destination that names services takes its ports from them: ports and notPorts must be left out", reason = "FieldValueForbidden", from = Release.V3_32, node = SchemaNode.ITEMS, position = 2)
  List<Rule> egress();

  /**
   * Calico selector expression choosing the endpoints the policy applies to, for example app ==
   * "web"; all() or empty selects every endpoint in the namespace.
   */
  @JsonProperty("selector")
  Optional<Selector> selector();

  /**
   * Directions the policy governs: Ingress, Egress or both; when unset Egress is included if there
   * are egress rules, and Ingress if there are ingress rules or no egress rules.
   */
  @JsonProperty("types")
  @Fact(kind = FactKind.MIN_ITEMS, value = "1", from = Release.V3_32)
  @Fact(kind = FactKind.MAX_ITEMS, value = "2", from = Release.V3_32)
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Ingress", "Egress"}, from = Release.V3_32, node = SchemaNode.ITEMS)
  List<PolicyType> types();

  /**
   * Calico selector expression on service account labels, further restricting the policy to pods
   * running under matching service accounts.
   */
  @JsonProperty("serviceAccountSelector")
  Optional<Selector> serviceAccountSelector();

  /**
   * Optional optimisation hints that never change enforcement; currently only
   * AssumeNeededOnEveryNode, which makes every node load the policy up front.
   */
  @JsonProperty("performanceHints")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_27)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = "AssumeNeededOnEveryNode", from = Release.V3_32, node = SchemaNode.ITEMS)
  List<PolicyPerformanceHint> performanceHints();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Immutables' with-ers and setters of Long and BigDecimal attributes take the boxed type, which an
  // int literal does not convert to; these overloads take a long, which every int widens to.
  /** A copy with {@link #order()} set to any whole number, an {@code int} too. */
  default NetworkPolicySpec withOrder(long value) {
    return withOrder(BigDecimal.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NetworkPolicySpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNetworkPolicySpec.Builder {
    /** Sets {@link NetworkPolicySpec#order()} to any whole number, an {@code int} too. */
    public Builder order(long order) {
      return order(BigDecimal.valueOf(order));
    }
  }
}
