package dev.calicokit.model.schema;

import java.util.Arrays;
import java.util.Optional;

/**
 * The API groups under which the model's kinds are written. The same Java type serves a kind in every
 * group it exists in; facts say which group they hold for.
 */
public enum ApiGroup {
  /** {@code crd.projectcalico.org/v1}: the CRDs Calico stores its data in, written by kubectl. */
  CRD_V1("crd.projectcalico.org", "crd.projectcalico.org/v1"),
  /** {@code projectcalico.org/v3}: the API that calicoctl and the Calico API server accept. */
  V3("projectcalico.org", "projectcalico.org/v3"),
  /** {@code policy.networking.k8s.io}: the Kubernetes network-policy API kinds Calico ships CRDs for. */
  NETPOL("policy.networking.k8s.io", null);

  private final String group;
  private final String apiVersion;

  ApiGroup(String group, String apiVersion) {
    this.group = group;
    this.apiVersion = apiVersion;
  }

  /** The group name, for example {@code projectcalico.org}. */
  public String group() {
    return group;
  }

  /**
   * The apiVersion of the group's only version; empty for the network-policy group, whose kinds each
   * have their own version.
   */
  public Optional<String> apiVersion() {
    return Optional.ofNullable(apiVersion);
  }

  /** The group of an apiVersion string such as {@code crd.projectcalico.org/v1}. */
  public static Optional<ApiGroup> ofApiVersion(String apiVersion) {
    if (apiVersion == null) {
      return Optional.empty();
    }
    int slash = apiVersion.indexOf('/');
    String g = slash < 0 ? apiVersion : apiVersion.substring(0, slash);
    return Arrays.stream(values()).filter(a -> a.group.equals(g)).findFirst();
  }
}
