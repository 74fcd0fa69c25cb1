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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Request part of a CalicoNodeStatus: which node, which information and how often to refresh it.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableCalicoNodeStatusSpec.class)
@JsonDeserialize(builder = CalicoNodeStatusSpec.Builder.class)
@JsonPropertyOrder({"node", "classes", "updatePeriodSeconds"})
public interface CalicoNodeStatusSpec extends WithCalicoNodeStatusSpec, HasUnknownFields {
  /** Name of the Calico node to report on. Required. */
  @JsonProperty("node")
  Optional<String> node();

  /** Kinds of information to report, any of Agent, BGP and Routes. */
  @JsonProperty("classes")
  @Fact(kind = FactKind.ENUM, value = {"Agent", "BGP", "Routes"}, from = Release.V3_32, node = SchemaNode.ITEMS)
  List<NodeStatusClassType> classes();

  /**
   * How often the status is refreshed, in seconds; 0 stops refreshing and the maximum is 86400
   * (one day).
   */
  @JsonProperty("updatePeriodSeconds")
  @Fact(kind = FactKind.FORMAT, value = "int32")
  Optional<Integer> updatePeriodSeconds();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CalicoNodeStatusSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableCalicoNodeStatusSpec.Builder {}
}
