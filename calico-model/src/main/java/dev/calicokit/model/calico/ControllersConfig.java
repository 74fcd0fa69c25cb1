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
import dev.calicokit.model.schema.Present;
import dev.calicokit.model.schema.Release;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Per-controller settings for calico-kube-controllers; a controller whose entry is left out is not
 * run.
 */
@Value.Immutable
@CalicoStyle
@JsonSerialize(as = ImmutableControllersConfig.class)
@JsonDeserialize(builder = ControllersConfig.Builder.class)
@JsonPropertyOrder({"node", "policy", "workloadEndpoint", "serviceAccount", "namespace", "loadBalancer", "policyMigration"})
public interface ControllersConfig extends WithControllersConfig, HasUnknownFields {
  /**
   * Settings for the node controller, which cleans up data of removed nodes, reclaims leaked IP
   * addresses and can create host endpoints.
   */
  @JsonProperty("node")
  Optional<NodeControllerConfig> node();

  /**
   * Settings for the controller that copies Kubernetes NetworkPolicies into Calico (etcd datastore
   * only).
   */
  @JsonProperty("policy")
  Optional<PolicyControllerConfig> policy();

  /**
   * Settings for the controller that copies pod labels onto Calico workload endpoints (etcd
   * datastore only).
   */
  @JsonProperty("workloadEndpoint")
  Optional<WorkloadEndpointControllerConfig> workloadEndpoint();

  /**
   * Settings for the controller that mirrors Kubernetes service accounts into Calico profiles
   * (etcd datastore only).
   */
  @JsonProperty("serviceAccount")
  Optional<ServiceAccountControllerConfig> serviceAccount();

  /**
   * Settings for the controller that mirrors Kubernetes namespaces into Calico profiles (etcd
   * datastore only).
   */
  @JsonProperty("namespace")
  Optional<NamespaceControllerConfig> namespace();

  /**
   * Settings for the controller that gives LoadBalancer Services addresses from Calico IP pools.
   */
  @JsonProperty("loadBalancer")
  @Present(groups = ApiGroup.CRD_V1, from = Release.V3_30)
  @Present(groups = ApiGroup.V3, from = Release.V3_32)
  Optional<LoadBalancerControllerConfig> loadBalancer();

  /**
   * Settings for the controller that renames Calico policies stored under old-style names to the
   * current naming scheme.
   */
  @JsonProperty("policyMigration")
  @Present(from = Release.V3_32)
  Optional<PolicyMigrationControllerConfig> policyMigration();

  /** Fields read that this model does not know, kept to be written back. */
  @JsonAnyGetter
  @Override
  Map<String, Unstructured> unknownFields();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ControllersConfig} values; {@code build()} fails naming any required field left unset. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  final class Builder extends ImmutableControllersConfig.Builder {}
}
