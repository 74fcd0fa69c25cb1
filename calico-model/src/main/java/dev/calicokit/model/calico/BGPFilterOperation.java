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
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change applied to a route accepted by a filter rule; exactly one of its fields must be set.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPFilterOperation.class)
@JsonDeserialize(builder = BGPFilterOperation.Builder.class)
@JsonPropertyOrder({"addCommunity", "prependASPath", "setPriority"})
public interface BGPFilterOperation extends WithBGPFilterOperation, HasUnknownFields {
  /** Tags the route with a BGP community. */
  @JsonProperty("addCommunity")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  Optional<BGPFilterAddCommunity> addCommunity();

  /** Puts extra AS numbers at the front of the route's AS path. */
  @JsonProperty("prependASPath")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  Optional<BGPFilterPrependASPath> prependASPath();

  /** Replaces the route's priority (kernel route metric). */
  @JsonProperty("setPriority")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic")
  Optional<BGPFilterSetPriority> setPriority();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BGPFilterOperation} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBGPFilterOperation.Builder {}
}
