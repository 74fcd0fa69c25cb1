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
 * Facts Calico records about the cluster, such as its identifier and the running Calico version.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableClusterInformationSpec.class)
@JsonDeserialize(builder = ClusterInformationSpec.Builder.class)
@JsonPropertyOrder({"clusterGUID", "clusterType", "calicoVersion", "datastoreReady", "variant"})
public interface ClusterInformationSpec extends WithClusterInformationSpec, HasUnknownFields {
  /** Randomly generated unique identifier of the cluster. */
  @JsonProperty("clusterGUID")
  Optional<String> clusterGUID();

  /** Comma-separated tags describing how the cluster is set up, for example k8s,bgp,kdd. */
  @JsonProperty("clusterType")
  Optional<String> clusterType();

  /** Calico release the cluster is running, for example v3.29.0. */
  @JsonProperty("calicoVersion")
  Optional<String> calicoVersion();

  /**
   * Whether Calico components may use the datastore; set to false during large datastore
   * migrations so that components such as Felix hold off.
   */
  @JsonProperty("datastoreReady")
  Optional<Boolean> datastoreReady();

  /** Which product variant of Calico is active, for example Calico. */
  @JsonProperty("variant")
  Optional<String> variant();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClusterInformationSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableClusterInformationSpec.Builder {}
}
