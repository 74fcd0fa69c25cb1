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
 * Options of the controller that renames policies stored with the older Calico naming scheme to
 * the current one.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutablePolicyMigrationControllerConfig.class)
@JsonDeserialize(builder = PolicyMigrationControllerConfig.Builder.class)
@JsonPropertyOrder({"enabled"})
public interface PolicyMigrationControllerConfig extends WithPolicyMigrationControllerConfig, HasUnknownFields {
  /** Enabled or Disabled: whether the policy name migration runs; Enabled when unset. */
  @JsonProperty("enabled")
  @Fact(kind = FactKind.ENUM, value = {"Disabled", "Enabled"})
  @Fact(kind = FactKind.DEFAULT, value = "\"Enabled\"")
  Optional<EnabledState> enabled();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PolicyMigrationControllerConfig} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutablePolicyMigrationControllerConfig.Builder {}
}
