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
import dev.calicokit.model.values.GoDuration;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Replaces the watchdog timeout of one named Felix internal component, after which Felix reports
 * that component as not live or not ready.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableHealthTimeoutOverride.class)
@JsonDeserialize(builder = HealthTimeoutOverride.Builder.class)
@JsonPropertyOrder({"name", "timeout"})
public interface HealthTimeoutOverride extends WithHealthTimeoutOverride, HasUnknownFields {
  /**
   * Name of the Felix component whose timeout is replaced, as shown in Felix's health logs (for
   * example InternalDataplaneMainLoop); required.
   */
  @JsonProperty("name")
  @Fact(kind = FactKind.REQUIRED)
  String name();

  /** New timeout for that component, as a duration such as 120s; required. */
  @JsonProperty("timeout")
  @Fact(kind = FactKind.REQUIRED)
  GoDuration timeout();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HealthTimeoutOverride} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableHealthTimeoutOverride.Builder {}
}
