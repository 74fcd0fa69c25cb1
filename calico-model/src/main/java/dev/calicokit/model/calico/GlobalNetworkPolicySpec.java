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
 * Content of a global network policy: which endpoints it selects, where it sits in the evaluation
 * order, and its rules.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableGlobalNetworkPolicySpec.class)
@JsonDeserialize(builder = GlobalNetworkPolicySpec.Builder.class)
@JsonPropertyOrder({"tier", "order", "ingress", "egress", "selector", "types", "doNotTrack", "preDNAT", "applyOnForward", "serviceAccountSelector", "namespaceSelector", "performanceHints"})
public interface GlobalNetworkPolicySpec extends WithGlobalNetworkPolicySpec, HasUnknownFields {
  /** Name of the tier the policy belongs to, which must exist; the default tier when unset. */
  @JsonProperty("tier")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_29)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.DEFAULT, value = "\"default\"", from = Release.V3_32)
  Optional<String> tier();

  /**
   * Position within the tier: lower numbers are evaluated first, policies without an order come
   * last, and ties are broken by name.
   */
  @JsonProperty("order")
  Optional<BigDecimal> order();

  /** Ordered rules for traffic arriving at the selected endpoints. */
  @JsonProperty("ingress")
  @Cel(rule = "!has(self.http) || !has(self.protocol) || self.protocol == 'TCP' || self.protocol == 6", message = "HTTP matching only works on TCP rules", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "self.action == 'Allow' || !has(self.http)", message = "HTTP matching is only allowed on rules whose action is Allow", reason = "FieldValueForbidden", from = Release.V3_32, node = SchemaNode.ITEMS, position = 1)
  @Cel(rule = "!has(self.destination) || !has(self.destination.services) || (!has(self.destination.ports) || size(self.destination.ports) == 0) && (!has(self.destination.notPorts) || size(self.destination.notPorts) == 0)", message = "a destination that names services takes its ports from them: ports and notPorts must be left out", reason = "FieldValueForbidden", from = Release.V3_32, node = SchemaNode.ITEMS, position = 2)
  List<Rule> ingress();

  /** Ordered rules for traffic leaving the selected endpoints. */
  @JsonProperty("egress")
  @Cel(rule = "!has(self.http) || !has(self.protocol) || self.protocol == 'TCP' || self.protocol == 6", message = "HTTP matching only works on TCP rules", reason = "FieldValueInvalid", from = Release.V3_32, node = SchemaNode.ITEMS)
  @Cel(rule = "self.action == 'Allow' || !has(self.http)", message = "HTTP matching is only allowed on rules whose action is Allow", reason = "FieldValueForbidden", from = Release.V3_32, node = SchemaNode.ITEMS, position = 1)
  @Cel(rule = "!has(self.destination) || !has(self.destination.services) || (!has(self.destination.ports) || size(self.destination.ports) == 0) && (!has(self.destination.notPorts) || size(self.destination.notPorts) == 0)", message = "a destination that names services takes its ports from them: ports and notPorts must be left out", reason = "FieldValueForbidden", from = Release.V3_32, node = SchemaNode.ITEMS, position = 2)
  List<Rule> egress();

  /**
   * Selector expression choosing the endpoints the policy applies to, e.g. role == 'db'; empty or
   * all() selects every endpoint.
   */
  @JsonProperty("selector")
  Optional<Selector> selector();

  /**
   * Directions the policy covers: Ingress, Egress or both; when unset, derived from which rule
   * lists are present.
   */
  @JsonProperty("types")
  @Fact(kind = FactKind.MIN_ITEMS, value = "1", from = Release.V3_32)
  @Fact(kind = FactKind.MAX_ITEMS, value = "2", from = Release.V3_32)
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  @Fact(kind = FactKind.ENUM, value = {"Ingress", "Egress"}, from = Release.V3_32, node = SchemaNode.ITEMS)
  List<PolicyType> types();

  /**
   * When true, the rules run before connection tracking and allowed packets skip conntrack
   * (untracked policy, for host endpoints); false when unset.
   */
  @JsonProperty("doNotTrack")
  Optional<Boolean> doNotTrack();

  /**
   * When true, the rules run on host endpoints before destination NAT and only for ingress
   * traffic; false when unset.
   */
  @JsonProperty("preDNAT")
  Optional<Boolean> preDNAT();

  /**
   * When true, the policy also governs traffic forwarded through a host endpoint, not only traffic
   * to or from the host itself; false when unset.
   */
  @JsonProperty("applyOnForward")
  Optional<Boolean> applyOnForward();

  /**
   * Selector expression over service account labels that limits the policy to pods running under
   * matching service accounts.
   */
  @JsonProperty("serviceAccountSelector")
  Optional<Selector> serviceAccountSelector();

  /**
   * Selector expression over namespace labels that limits the policy to endpoints in matching
   * namespaces.
   */
  @JsonProperty("namespaceSelector")
  Optional<Selector> namespaceSelector();

  /**
   * Hints that help Felix process the policy without changing what it enforces; currently only
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
  default GlobalNetworkPolicySpec withOrder(long value) {
    return withOrder(BigDecimal.valueOf(value));
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GlobalNetworkPolicySpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableGlobalNetworkPolicySpec.Builder {
    /** Sets {@link GlobalNetworkPolicySpec#order()} to any whole number, an {@code int} too. */
    public Builder order(long order) {
      return order(BigDecimal.valueOf(order));
    }
  }
}
