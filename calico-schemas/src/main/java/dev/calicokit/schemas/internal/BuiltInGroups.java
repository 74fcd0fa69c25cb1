package dev.calicokit.schemas.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API groups built into Kubernetes (1.34) and, for each version they serve, its kinds: what
 * {@code kubectl api-resources} lists on a cluster without extensions (alpha versions included, which
 * a cluster serves once enabled). A kind or version outside this table, in one of these groups, is a
 * mistake in the file that kubectl refuses; {@code BuiltInGroupsTest} checks the table against
 * fabric8's model classes, which carry each kind's group and version.
 */
final class BuiltInGroups {
  private static final Map<String, Map<String, Set<String>>> GROUPS = new LinkedHashMap<>();

  private static void group(String group, List<String> versions, String... kinds) {
    Map<String, Set<String>> byVersion = GROUPS.computeIfAbsent(group, g -> new LinkedHashMap<>());
    for (String v : versions) {
      byVersion.merge(v, Set.of(kinds), (a, b) -> {
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
      });
    }
  }

  static {
    group("", List.of("v1"), "Binding", "ComponentStatus", "ConfigMap", "Endpoints", "Event", "LimitRange", "List",
        "Namespace", "Node", "PersistentVolume", "PersistentVolumeClaim", "Pod", "PodTemplate", "ReplicationController",
        "ResourceQuota", "Secret", "Service", "ServiceAccount");
    group("apps", List.of("v1"), "ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet");
    group("batch", List.of("v1"), "CronJob", "Job");
    group("autoscaling", List.of("v1", "v2"), "HorizontalPodAutoscaler");
    group("policy", List.of("v1"), "Eviction", "PodDisruptionBudget");
    // Served until Kubernetes 1.25 (Eviction until 1.22); Calico's older manifests use it.
    group("policy", List.of("v1beta1"), "Eviction", "PodDisruptionBudget", "PodSecurityPolicy");
    group("rbac.authorization.k8s.io", List.of("v1"), "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding");
    group("networking.k8s.io", List.of("v1"), "Ingress", "IngressClass", "NetworkPolicy", "IPAddress", "ServiceCIDR");
    group("networking.k8s.io", List.of("v1beta1"), "IPAddress", "ServiceCIDR");
    group("networking.k8s.io", List.of("v1alpha1"), "IPAddress", "ServiceCIDR");
    group("storage.k8s.io", List.of("v1"), "CSIDriver", "CSINode", "CSIStorageCapacity", "StorageClass", "VolumeAttachment",
        "VolumeAttributesClass");
    group("storage.k8s.io", List.of("v1beta1", "v1alpha1"), "VolumeAttributesClass");
    group("apiextensions.k8s.io", List.of("v1"), "CustomResourceDefinition");
    group("admissionregistration.k8s.io", List.of("v1"), "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
        "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding");
    group("admissionregistration.k8s.io", List.of("v1beta1", "v1alpha1"), "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding");
    group("scheduling.k8s.io", List.of("v1"), "PriorityClass");
    group("coordination.k8s.io", List.of("v1"), "Lease");
    group("coordination.k8s.io", List.of("v1beta1", "v1alpha2"), "LeaseCandidate");
    group("node.k8s.io", List.of("v1"), "RuntimeClass");
    group("discovery.k8s.io", List.of("v1"), "EndpointSlice");
    group("certificates.k8s.io", List.of("v1"), "CertificateSigningRequest");
    group("certificates.k8s.io", List.of("v1beta1", "v1alpha1"), "ClusterTrustBundle");
    group("events.k8s.io", List.of("v1"), "Event");
    group("flowcontrol.apiserver.k8s.io", List.of("v1", "v1beta3"), "FlowSchema", "PriorityLevelConfiguration");
    group("apiregistration.k8s.io", List.of("v1"), "APIService");
    group("authentication.k8s.io", List.of("v1"), "SelfSubjectReview", "TokenReview");
    group("authorization.k8s.io", List.of("v1"), "LocalSubjectAccessReview", "SelfSubjectAccessReview",
        "SelfSubjectRulesReview", "SubjectAccessReview");
    group("resource.k8s.io", List.of("v1", "v1beta1", "v1beta2"), "DeviceClass", "ResourceClaim", "ResourceClaimTemplate",
        "ResourceSlice");
    group("resource.k8s.io", List.of("v1alpha3"), "DeviceTaintRule");
    // Versions that older clusters serve (removed since) and newer alpha and beta kinds, as fabric8 has them.
    group("apiextensions.k8s.io", List.of("v1beta1"), "CustomResourceDefinition");
    group("admissionregistration.k8s.io", List.of("v1"), "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding");
    group("admissionregistration.k8s.io", List.of("v1beta1"), "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");
    group("authentication.k8s.io", List.of("v1"), "TokenRequest");
    group("authentication.k8s.io", List.of("v1beta1"), "TokenReview");
    group("authorization.k8s.io", List.of("v1beta1"), "LocalSubjectAccessReview", "SelfSubjectAccessReview",
        "SelfSubjectRulesReview", "SubjectAccessReview");
    group("batch", List.of("v1beta1"), "CronJob");
    group("scheduling.k8s.io", List.of("v1alpha1", "v1beta1"), "PriorityClass");
    group("scheduling.k8s.io", List.of("v1alpha3"), "CompositePodGroup", "PodGroup", "Workload");
    group("scheduling.k8s.io", List.of("v1beta1"), "PodGroup", "Workload");
    group("storagemigration.k8s.io", List.of("v1alpha1"), "StorageVersionMigration");
    group("internal.apiserver.k8s.io", List.of("v1alpha1"), "StorageVersion");
  }

  private BuiltInGroups() {}

  /** The versions of a built-in group and their kinds; empty for a group Kubernetes does not build in. */
  static Optional<Map<String, Set<String>>> versions(String group) {
    return Optional.ofNullable(GROUPS.get(group));
  }

  /** Every group of the table. */
  static Set<String> groups() {
    return GROUPS.keySet();
  }
}
