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
import dev.calicokit.model.values.GoDuration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options of the controller that removes Calico data for deleted nodes, syncs node labels and can
 * create host endpoints for nodes.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNodeControllerConfig.class)
@JsonDeserialize(builder = NodeControllerConfig.Builder.class)
@JsonPropertyOrder({"reconcilerPeriod", "syncLabels", "hostEndpoint", "leakGracePeriod"})
public interface NodeControllerConfig extends WithNodeControllerConfig, HasUnknownFields {
  /**
   * How often a full resync with the Calico datastore runs, as a duration such as 5m; 5m when
   * unset.
   */
  @JsonProperty("reconcilerPeriod")
  Optional<GoDuration> reconcilerPeriod();

  /**
   * Enabled or Disabled: whether Kubernetes node labels are copied to the Calico node objects;
   * Enabled when unset.
   */
  @JsonProperty("syncLabels")
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"}, from = Release.V3_32)
  Optional<EnabledState> syncLabels();

  /**
   * Settings for creating host endpoints for nodes automatically; when unset no host endpoints are
   * created.
   */
  @JsonProperty("hostEndpoint")
  Optional<AutoHostEndpointConfig> hostEndpoint();

  /**
   * How long an address must look unused before it is treated as leaked and reclaimed, as a
   * duration such as 15m; 0 turns this cleanup off, and the default is 15m.
   */
  @JsonProperty("leakGracePeriod")
  Optional<GoDuration> leakGracePeriod();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeControllerConfig} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNodeControllerConfig.Builder {}
}
