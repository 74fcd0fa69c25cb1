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
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.IpAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Details of a workload endpoint. */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableWorkloadEndpointSpec.class)
@JsonDeserialize(builder = WorkloadEndpointSpec.Builder.class)
@JsonPropertyOrder({"orchestrator", "workload", "node", "containerID", "pod", "endpoint", "serviceAccountName", "ipNetworks", "ipNATs", "ipv4Gateway", "ipv6Gateway", "profiles", "interfaceName", "mac", "ports", "allowSpoofedSourcePrefixes", "qosControls"})
public interface WorkloadEndpointSpec extends WithWorkloadEndpointSpec, HasUnknownFields {
  /** Name of the orchestrator that owns the workload, such as k8s. */
  @JsonProperty("orchestrator")
  Optional<String> orchestrator();

  /** Name of the workload. */
  @JsonProperty("workload")
  Optional<String> workload();

  /** Name of the Calico node the workload runs on. */
  @JsonProperty("node")
  Optional<String> node();

  /** ID of the workload's container. */
  @JsonProperty("containerID")
  Optional<String> containerID();

  /** Name of the pod. */
  @JsonProperty("pod")
  Optional<String> pod();

  /** Name of the endpoint within the workload. */
  @JsonProperty("endpoint")
  Optional<String> endpoint();

  /** Kubernetes service account of the pod, when there is one. */
  @JsonProperty("serviceAccountName")
  Optional<String> serviceAccountName();

  /**
   * Networks assigned to the endpoint: single addresses (/32 for IPv4, /128 for IPv6); traffic
   * leaving the interface must come from one of them.
   */
  @JsonProperty("ipNetworks")
  List<Cidr> ipNetworks();

  /**
   * One-to-one NAT mappings of external to internal addresses of the endpoint; each internal
   * address lies in ipNetworks.
   */
  @JsonProperty("ipNATs")
  List<IPNAT> ipNATs();

  /** IPv4 gateway of the workload's traffic. */
  @JsonProperty("ipv4Gateway")
  Optional<IpAddress> ipv4Gateway();

  /** IPv6 gateway of the workload's traffic. */
  @JsonProperty("ipv6Gateway")
  Optional<IpAddress> ipv6Gateway();

  /** Names of the profiles applied to the endpoint, in order, after the selector-based policies. */
  @JsonProperty("profiles")
  List<String> profiles();

  /** Name of the host-side interface of the endpoint, such as cali1234; required. */
  @JsonProperty("interfaceName")
  Optional<String> interfaceName();

  /** MAC address of the endpoint's interface. */
  @JsonProperty("mac")
  // A MAC address: the model has no type for it; Calico checks it as Go's net.ParseMAC reads.
  Optional<String> mac();

  /** Named ports of the endpoint that policy rules can refer to, and host-port mappings. */
  @JsonProperty("ports")
  List<WorkloadEndpointPort> ports();

  /**
   * Source prefixes the endpoint may send from although they are not its own, bypassing the
   * reverse-path check.
   */
  @JsonProperty("allowSpoofedSourcePrefixes")
  List<Cidr> allowSpoofedSourcePrefixes();

  /** Bandwidth, packet-rate and connection limits of the endpoint. */
  @JsonProperty("qosControls")
  Optional<QoSControls> qosControls();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkloadEndpointSpec} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableWorkloadEndpointSpec.Builder {}
}
