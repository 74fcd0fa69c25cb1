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
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.SchemaNode;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Selector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Conditions on the source or destination side of a policy rule; every condition that is set must
 * hold for traffic to match.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableEntityRule.class)
@JsonDeserialize(builder = EntityRule.Builder.class)
@JsonPropertyOrder({"nets", "selector", "namespaceSelector", "services", "ports", "notNets", "notSelector", "notPorts", "serviceAccounts"})
public interface EntityRule extends WithEntityRule, HasUnknownFields {
  /** CIDRs (e.g. 10.0.0.0/8) of which the source or destination IP must be in at least one. */
  @JsonProperty("nets")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  List<Cidr> nets();

  /**
   * Selector expression over endpoint labels, e.g. app == 'web'; only traffic from or to matching
   * Calico endpoints and network sets matches.
   */
  @JsonProperty("selector")
  Optional<Selector> selector();

  /**
   * Selector expression over namespace labels; only endpoints in matching namespaces match. When
   * empty, a namespaced policy looks only in its own namespace and a global policy in all
   * namespaces.
   */
  @JsonProperty("namespaceSelector")
  Optional<Selector> namespaceSelector();

  /**
   * Matches the endpoints behind a Kubernetes Service; cannot be combined with selectors, nets or
   * serviceAccounts in the same entity.
   */
  @JsonProperty("services")
  Optional<ServiceMatch> services();

  /**
   * Ports that must match, given as numbers, ranges such as 8080:8090 or named ports; needs a rule
   * protocol that has ports, such as TCP or UDP.
   */
  @JsonProperty("ports")
  @Fact(kind = FactKind.PATTERN, value = "^.*", node = SchemaNode.ITEMS)
  @Fact(kind = FactKind.INT_OR_STRING, node = SchemaNode.ITEMS)
  List<Port> ports();

  /** CIDRs that the source or destination IP must not be in. */
  @JsonProperty("notNets")
  List<Cidr> notNets();

  /**
   * Selector expression whose matching endpoints are excluded; unlike a negated selector, it also
   * lets traffic from non-Calico sources match.
   */
  @JsonProperty("notSelector")
  Optional<Selector> notSelector();

  /**
   * Ports, port ranges or named ports that must not match; needs a rule protocol that has ports,
   * such as TCP or UDP.
   */
  @JsonProperty("notPorts")
  @Fact(kind = FactKind.PATTERN, value = "^.*", node = SchemaNode.ITEMS)
  @Fact(kind = FactKind.INT_OR_STRING, node = SchemaNode.ITEMS)
  List<Port> notPorts();

  /** Restricts matching to pods running under the given Kubernetes service accounts. */
  @JsonProperty("serviceAccounts")
  Optional<ServiceAccountMatch> serviceAccounts();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  // Written by hand: the drafting script carries this block over when it redrafts the file.
  /** Matches the endpoints that a Calico selector expression selects. */
  static EntityRule selecting(String selector) {
    return builder().selector(Selector.of(selector)).build();
  }

  /**
   * Matches addresses in the given networks, each a CIDR with its prefix length (a single address as
   * {@code /32} or {@code /128}); fails naming the first text that is not one.
   */
  static EntityRule inNets(String... cidrs) {
    Builder b = builder();
    for (String c : cidrs) {
      b.addNet(Cidr.of(c));
    }
    return b.build();
  }
  // End of the hand-written block.

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EntityRule} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableEntityRule.Builder {}
}
