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
import dev.calicokit.model.schema.Release;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Points to one key of a Kubernetes Secret, used for example to read a BGP password; the Secret is
 * looked up in the namespace where calico-node runs.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableSecretKeySelector.class)
@JsonDeserialize(builder = SecretKeySelector.Builder.class)
@JsonPropertyOrder({"name", "key", "optional"})
public interface SecretKeySelector extends WithSecretKeySelector, HasUnknownFields {
  /** Name of the Secret; effectively required. */
  @JsonProperty("name")
  @Fact(kind = FactKind.DEFAULT, value = "\"\"", groups = ApiGroup.CRD_V1, from = Release.V3_29, fromPatch = 2)
  @Fact(kind = FactKind.DEFAULT, value = "\"\"", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> name();

  /** Key inside the Secret whose value is used. */
  @JsonProperty("key")
  @Fact(kind = FactKind.REQUIRED)
  String key();

  /** When true, a missing Secret or key is tolerated instead of treated as an error. */
  @JsonProperty("optional")
  Optional<Boolean> optional();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecretKeySelector} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableSecretKeySelector.Builder {}
}
