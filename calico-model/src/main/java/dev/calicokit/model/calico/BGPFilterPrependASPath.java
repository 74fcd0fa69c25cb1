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
import dev.calicokit.model.schema.SchemaNode;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Route change that inserts AS numbers at the start of a route's AS path, typically to make the
 * route less preferred.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPFilterPrependASPath.class)
@JsonDeserialize(builder = BGPFilterPrependASPath.Builder.class)
@JsonPropertyOrder({"prefix"})
public interface BGPFilterPrependASPath extends WithBGPFilterPrependASPath, HasUnknownFields {
  /**
   * AS numbers to insert, kept in the listed order ahead of the existing path; 1 to 10 entries.
   * Required.
   */
  @JsonProperty("prefix")
  @Fact(kind = FactKind.MIN_ITEMS, value = "1")
  @Fact(kind = FactKind.MAX_ITEMS, value = "10")
  @Fact(kind = FactKind.REQUIRED)
  @Fact(kind = FactKind.FORMAT, value = "int32", node = SchemaNode.ITEMS)
  List<Integer> prefix();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BGPFilterPrependASPath} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBGPFilterPrependASPath.Builder {}
}
