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
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What calico-kube-controllers reports about the configuration it is actually using, which may
 * differ from the spec because of environment variable overrides.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableKubeControllersConfigurationStatus.class)
@JsonDeserialize(builder = KubeControllersConfigurationStatus.Builder.class)
@JsonPropertyOrder({"runningConfig", "environmentVars"})
public interface KubeControllersConfigurationStatus extends WithKubeControllersConfigurationStatus, HasUnknownFields {
  /**
   * Effective configuration after the resource has been merged with environment variable
   * overrides.
   */
  @JsonProperty("runningConfig")
  Optional<KubeControllersConfigurationSpec> runningConfig();

  /**
   * Environment variables of the kube-controllers process that changed the effective
   * configuration, as name to value pairs.
   */
  @JsonProperty("environmentVars")
  Map<String, String> environmentVars();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubeControllersConfigurationStatus} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableKubeControllersConfigurationStatus.Builder {}
}
