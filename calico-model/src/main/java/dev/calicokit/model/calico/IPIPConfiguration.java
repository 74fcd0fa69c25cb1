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
 * Old-style IP-in-IP setting of an IP pool kept only for compatibility with the v1 API; it must
 * not be set on new objects (use ipipMode instead).
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableIPIPConfiguration.class)
@JsonDeserialize(builder = IPIPConfiguration.Builder.class)
@JsonPropertyOrder({"enabled", "mode"})
public interface IPIPConfiguration extends WithIPIPConfiguration, HasUnknownFields {
  /**
   * Legacy flag saying whether IP-in-IP encapsulation is used for traffic to addresses in the
   * pool.
   */
  @JsonProperty("enabled")
  Optional<Boolean> enabled();

  /**
   * Legacy encapsulation mode, always or cross-subnet (only between nodes on different subnets);
   * treated as always when empty.
   */
  @JsonProperty("mode")
  Optional<EncapsulationMode> mode();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPIPConfiguration} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableIPIPConfiguration.Builder {}
}
