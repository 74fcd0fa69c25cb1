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
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One HTTP path condition, given either as an exact path or as a prefix; only one of the two may
 * be set.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableHTTPPath.class)
@JsonDeserialize(builder = HTTPPath.Builder.class)
@JsonPropertyOrder({"exact", "prefix"})
public interface HTTPPath extends WithHTTPPath, HasUnknownFields {
  /** Path the request path must equal, e.g. /api/v1/items. */
  @JsonProperty("exact")
  @Fact(kind = FactKind.MAX_LENGTH, value = "1024", from = Release.V3_32)
  Optional<String> exact();

  /** Text the request path must start with, e.g. /api/. */
  @JsonProperty("prefix")
  @Fact(kind = FactKind.MAX_LENGTH, value = "1024", from = Release.V3_32)
  Optional<String> prefix();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPPath} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableHTTPPath.Builder {}
}
