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

/** Where to read a BGP session password (TCP MD5 authentication) from. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableBGPPassword.class)
@JsonDeserialize(builder = BGPPassword.Builder.class)
@JsonPropertyOrder({"secretKeyRef"})
public interface BGPPassword extends WithBGPPassword, HasUnknownFields {
  /**
   * Name and key of a Kubernetes Secret, in the namespace where calico-node runs, whose value is
   * the password.
   */
  @JsonProperty("secretKeyRef")
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Fact(kind = FactKind.MAP_TYPE, value = "atomic", groups = ApiGroup.V3, from = Release.V3_32)
  Optional<SecretKeySelector> secretKeyRef();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BGPPassword} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableBGPPassword.Builder {}
}
