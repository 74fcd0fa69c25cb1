package dev.calicokit.model.calico;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.ObjectMeta;
import dev.calicokit.model.Unstructured;
import dev.calicokit.model.internal.EmptyValueFilter;
import dev.calicokit.model.schema.WithoutCrd;
import dev.calicokit.model.style.CalicoStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The network interface of one workload (a pod, a VM) as Calico sees it: addresses, profiles and
 * named ports. calicoctl and the Calico API server serve it under projectcalico.org/v3; with the
 * Kubernetes datastore it is derived from the pod, so there is no CRD for it.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableWorkloadEndpoint.class)
@JsonDeserialize(builder = WorkloadEndpoint.Builder.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
@WithoutCrd(namespaced = true)
public interface WorkloadEndpoint extends WithWorkloadEndpoint, CalicoResource {
  /**
   * Standard Kubernetes object metadata; calicoctl names a workload endpoint after its node,
   * orchestrator, workload and endpoint.
   */
  @JsonProperty("metadata")
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  @Override
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /**
   * Where the endpoint lives and what it carries: node, workload, interface, networks, NAT,
   * gateways, profiles and ports.
   */
  @JsonProperty("spec")
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyValueFilter.class)
  @Value.Default
  default WorkloadEndpointSpec spec() {
    return WorkloadEndpointSpec.builder().build();
  }

  /** The apiVersion written when none is set: {@value}. */
  String DEFAULT_API_VERSION = "projectcalico.org/v3";

  /** The kind name under projectcalico.org/v3 and in Java: {@value}. */
  String KIND = "WorkloadEndpoint";

  @JsonProperty("apiVersion")
  @Value.Default
  @Override
  default String apiVersion() {
    return DEFAULT_API_VERSION;
  }

  /** {@value #KIND}: the kind follows from the Java type, so it is not set. */
  @JsonProperty("kind")
  @Value.Derived
  @Override
  default String kind() {
    return KIND;
  }

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkloadEndpoint} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"kind"})
  final class Builder extends ImmutableWorkloadEndpoint.Builder {}
}
