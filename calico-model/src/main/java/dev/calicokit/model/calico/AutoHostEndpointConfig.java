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
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Node controller settings that decide whether and how host endpoints are generated automatically
 * for cluster nodes.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableAutoHostEndpointConfig.class)
@JsonDeserialize(builder = AutoHostEndpointConfig.Builder.class)
@JsonPropertyOrder({"autoCreate", "createDefaultHostEndpoint", "templates"})
public interface AutoHostEndpointConfig extends WithAutoHostEndpointConfig, HasUnknownFields {
  /**
   * Turns automatic host endpoint creation on or off; Enabled or Disabled, Disabled when unset.
   */
  @JsonProperty("autoCreate")
  @Fact(kind = FactKind.ENUM, value = {"Enabled", "Disabled"}, from = Release.V3_32)
  Optional<EnabledState> autoCreate();

  /**
   * When automatic creation is on, decides whether each node also gets a wildcard host endpoint
   * (interfaceName *) covering all its interfaces; Enabled or Disabled, Enabled when unset.
   */
  @JsonProperty("createDefaultHostEndpoint")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<String> createDefaultHostEndpoint();

  /**
   * Templates that each generate additional host endpoints for the nodes and interfaces they
   * match; when empty, only the default per-node host endpoints are produced.
   */
  @JsonProperty("templates")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  List<Template> templates();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AutoHostEndpointConfig} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableAutoHostEndpointConfig.Builder {}
}
