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
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.StringBoolean;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Details of a block affinity: the block, its holder and the state of the claim. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBlockAffinitySpec.class)
@JsonDeserialize(builder = BlockAffinitySpec.Builder.class)
@JsonPropertyOrder({"state", "node", "type", "cidr", "deleted"})
public interface BlockAffinitySpec extends WithBlockAffinitySpec, HasUnknownFields {
  /**
   * Progress of the claim on the block: pending, confirmed or pendingDeletion (an empty value is
   * also accepted).
   */
  @JsonProperty("state")
  @Fact(kind = FactKind.ENUM, value = {"", "confirmed", "pending", "pendingDeletion"}, groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED)
  BlockAffinityState state();

  /** Name of the node (or other holder) the block is assigned to. */
  @JsonProperty("node")
  @Fact(kind = FactKind.REQUIRED)
  String node();

  /**
   * Kind of affinity holder, for example host for an ordinary node; other values such as virtual
   * denote holders that are not nodes.
   */
  @JsonProperty("type")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> type();

  /** Address block, in CIDR notation, that the affinity refers to. */
  @JsonProperty("cidr")
  @Fact(kind = FactKind.FORMAT, value = "cidr", groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED)
  Cidr cidr();

  /**
   * Internal marker set while the affinity is being removed to avoid races; when true, clients act
   * as if the affinity does not exist. False by default.
   */
  @JsonProperty("deleted")
  @Fact(kind = FactKind.TYPE, value = "string", groups = ApiGroup.CRD_V1)
  @Fact(kind = FactKind.TYPE, value = "boolean", groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.DEFAULT, value = "false", groups = ApiGroup.V3, from = Release.V3_32)
  @Fact(kind = FactKind.REQUIRED)
  StringBoolean deleted();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BlockAffinitySpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBlockAffinitySpec.Builder {}
}
