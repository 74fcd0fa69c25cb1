package dev.calicokit.model.manifest;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes built-in kinds a manifest holds as fabric8 objects, by {@code apiVersion kind}.
 * Other kinds that are not Calico's are kept whole as generic documents.
 */
public final class BuiltInKinds {
  private static final Map<String, Class<? extends HasMetadata>> BY_TYPE = new LinkedHashMap<>();

  static {
    put("v1", "ConfigMap", ConfigMap.class);
    put("v1", "Secret", Secret.class);
    put("v1", "Namespace", Namespace.class);
    put("v1", "ServiceAccount", ServiceAccount.class);
    put("v1", "Service", Service.class);
    put("rbac.authorization.k8s.io/v1", "ClusterRole", ClusterRole.class);
    put("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", ClusterRoleBinding.class);
    put("rbac.authorization.k8s.io/v1", "Role", Role.class);
    put("rbac.authorization.k8s.io/v1", "RoleBinding", RoleBinding.class);
    put("apps/v1", "DaemonSet", DaemonSet.class);
    put("apps/v1", "Deployment", Deployment.class);
    put("policy/v1", "PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class);
    put("policy/v1beta1", "PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudget.class);
    put("apiextensions.k8s.io/v1", "CustomResourceDefinition", CustomResourceDefinition.class);
    put("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy",
        io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicy.class);
    put("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBinding",
        io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicyBinding.class);
    put("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration",
        io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration.class);
    put("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration",
        io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration.class);
    put("admissionregistration.k8s.io/v1beta1", "MutatingAdmissionPolicy",
        io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.MutatingAdmissionPolicy.class);
    put("admissionregistration.k8s.io/v1beta1", "MutatingAdmissionPolicyBinding",
        io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding.class);
    put("admissionregistration.k8s.io/v1alpha1", "MutatingAdmissionPolicy",
        io.fabric8.kubernetes.api.model.admissionregistration.v1alpha1.MutatingAdmissionPolicy.class);
    put("admissionregistration.k8s.io/v1alpha1", "MutatingAdmissionPolicyBinding",
        io.fabric8.kubernetes.api.model.admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding.class);
    put("batch/v1", "Job", Job.class);
  }

  private BuiltInKinds() {}

  private static void put(String apiVersion, String kind, Class<? extends HasMetadata> type) {
    BY_TYPE.put(apiVersion + " " + kind, type);
  }

  /** The fabric8 class for an apiVersion and kind, if the manifest types it. */
  public static Optional<Class<? extends HasMetadata>> forType(String apiVersion, String kind) {
    return Optional.ofNullable(BY_TYPE.get(apiVersion + " " + kind));
  }

  /** Every typed {@code apiVersion kind}. */
  public static Map<String, Class<? extends HasMetadata>> all() {
    return java.util.Collections.unmodifiableMap(BY_TYPE);
  }
}
