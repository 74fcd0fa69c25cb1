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
import dev.calicokit.model.values.GoDuration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options of the controller that copies Kubernetes namespaces into Calico profiles; it is only
 * needed with an etcd datastore.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableNamespaceControllerConfig.class)
@JsonDeserialize(builder = NamespaceControllerConfig.Builder.class)
@JsonPropertyOrder({"reconcilerPeriod"})
public interface NamespaceControllerConfig extends WithNamespaceControllerConfig, HasUnknownFields {
  /**
   * How often a full resync with the Calico datastore runs, as a duration such as 5m; 5m when
   * unset.
   */
  @JsonProperty("reconcilerPeriod")
  Optional<GoDuration> reconcilerPeriod();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NamespaceControllerConfig} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableNamespaceControllerConfig.Builder {}
}
