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
import dev.calicokit.model.values.Selector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Limits a rule side to pods running under particular Kubernetes service accounts. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableServiceAccountMatch.class)
@JsonDeserialize(builder = ServiceAccountMatch.Builder.class)
@JsonPropertyOrder({"names", "selector"})
public interface ServiceAccountMatch extends WithServiceAccountMatch, HasUnknownFields {
  /** Service account names to match; when unset names are not checked. */
  @JsonProperty("names")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  List<String> names();

  /**
   * Calico selector expression on service account labels; when both names and selector are set,
   * both must match.
   */
  @JsonProperty("selector")
  Optional<Selector> selector();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceAccountMatch} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableServiceAccountMatch.Builder {}
}
