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
import dev.calicokit.model.values.IpAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Details of a host endpoint: owning node, interface, addresses, named ports and profiles. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableHostEndpointSpec.class)
@JsonDeserialize(builder = HostEndpointSpec.Builder.class)
@JsonPropertyOrder({"node", "interfaceName", "expectedIPs", "profiles", "ports"})
public interface HostEndpointSpec extends WithHostEndpointSpec, HasUnknownFields {
  /** Name of the Calico node that owns the interface. */
  @JsonProperty("node")
  @Fact(kind = FactKind.MAX_LENGTH, value = "253", from = Release.V3_32)
  Optional<String> node();

  /**
   * Host interface to protect, such as eth0, or * for all traffic of the host's network namespace;
   * when empty, the interface is found through expectedIPs, so at least one must be given.
   */
  @JsonProperty("interfaceName")
  @Fact(kind = FactKind.MAX_LENGTH, value = "15", from = Release.V3_32)
  Optional<String> interfaceName();

  /**
   * IPv4 and IPv6 addresses of the interface; used to locate the interface when interfaceName is
   * empty and to turn selectors in policy into addresses.
   */
  @JsonProperty("expectedIPs")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  List<IpAddress> expectedIPs();

  /**
   * Names of Calico profiles applied to this endpoint, in order, after the selector-based
   * policies.
   */
  @JsonProperty("profiles")
  @Fact(kind = FactKind.LIST_TYPE, value = "set", from = Release.V3_32)
  List<String> profiles();

  /** Named ports of this endpoint that policy rules can refer to. */
  @JsonProperty("ports")
  List<EndpointPort> ports();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HostEndpointSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableHostEndpointSpec.Builder {}
}
