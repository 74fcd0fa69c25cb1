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
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Layer 7 condition on HTTP requests within a policy rule; when both methods and paths are set,
 * both must match. It takes effect only where application layer policy is enabled.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableHTTPMatch.class)
@JsonDeserialize(builder = HTTPMatch.Builder.class)
@JsonPropertyOrder({"methods", "paths"})
public interface HTTPMatch extends WithHTTPMatch, HasUnknownFields {
  /** HTTP methods such as GET or POST; a request matches if it uses any of them. */
  @JsonProperty("methods")
  @Fact(kind = FactKind.MAX_ITEMS, value = "20", from = Release.V3_32)
  List<String> methods();

  /** Path conditions; a request matches if its path satisfies any of them. */
  @JsonProperty("paths")
  @Fact(kind = FactKind.MAX_ITEMS, value = "20", from = Release.V3_32)
  List<HTTPPath> paths();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPMatch} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableHTTPMatch.Builder {}
}
