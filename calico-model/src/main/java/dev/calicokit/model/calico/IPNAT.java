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
import dev.calicokit.model.values.IpAddress;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A one-to-one NAT mapping of a workload endpoint: connections to the external address go to the
 * internal one.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableIPNAT.class)
@JsonDeserialize(builder = IPNAT.Builder.class)
@JsonPropertyOrder({"internalIP", "externalIP"})
public interface IPNAT extends WithIPNAT, HasUnknownFields {
  /** The endpoint's own address, one of its ipNetworks. */
  @JsonProperty("internalIP")
  IpAddress internalIP();

  /** The address that is mapped to the internal one. */
  @JsonProperty("externalIP")
  IpAddress externalIP();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IPNAT} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableIPNAT.Builder {}
}
