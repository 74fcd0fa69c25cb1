package dev.calicokit.model.netpol;

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
import dev.calicokit.model.k8s.Condition;
import dev.calicokit.model.schema.Fact;
import dev.calicokit.model.schema.FactKind;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** State reported by the implementation for an AdminNetworkPolicy. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableAdminNetworkPolicyStatus.class)
@JsonDeserialize(builder = AdminNetworkPolicyStatus.Builder.class)
@JsonPropertyOrder({"conditions"})
public interface AdminNetworkPolicyStatus extends WithAdminNetworkPolicyStatus, HasUnknownFields {
  /**
   * List of standard Kubernetes conditions describing, for example, whether the policy was
   * accepted.
   */
  @JsonProperty("conditions")
  @Fact(kind = FactKind.LIST_TYPE, value = "map")
  @Fact(kind = FactKind.LIST_MAP_KEYS, value = "type")
  @Fact(kind = FactKind.REQUIRED)
  List<Condition> conditions();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AdminNetworkPolicyStatus} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableAdminNetworkPolicyStatus.Builder {}
}
