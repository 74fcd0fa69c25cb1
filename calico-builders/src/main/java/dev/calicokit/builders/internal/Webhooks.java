package dev.calicokit.builders.internal;

import static dev.calicokit.builders.internal.K8s.group;
import static dev.calicokit.builders.internal.K8s.list;
import static dev.calicokit.builders.internal.K8s.rule;
import static dev.calicokit.builders.internal.K8s.strings;

import dev.calicokit.builders.Component;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicy;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicyBinding;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicyBindingBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicyBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfigurationBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.MatchResources;
import io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.MatchResourcesBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.MutatingAdmissionPolicy;
import io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding;
import io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.MutatingAdmissionPolicyBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.Mutation;
import io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.MutationBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.NamedRuleWithOperationsBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1beta1.VariableBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import java.util.List;

/**
 * v3.32 with projectcalico.org/v3 CRDs: the API is served by the Kubernetes API server itself, so what
 * Calico's API server used to do on writes moves into admission: the calico-webhooks Deployment
 * (tiered RBAC for policies), mutating policies that default a policy's types and tier, and a
 * validating policy that keeps the built-in tiers from being deleted.
 */
final class Webhooks {
  private static final String NAME = "calico-webhooks";
  /** Policy kinds of the v3 API; the tier label does not apply to Kubernetes-format staged policies. */
  private static final List<String> TIERED = List.of("networkpolicies", "globalnetworkpolicies",
      "stagednetworkpolicies", "stagedglobalnetworkpolicies");
  private static final List<String> ALL_POLICIES = List.of("networkpolicies", "globalnetworkpolicies",
      "stagednetworkpolicies", "stagedglobalnetworkpolicies", "stagedkubernetesnetworkpolicies");

  private Webhooks() {}

  static ClusterRole role() {
    return Rbac.role(NAME, list(
        // Tiered RBAC: may the user touch policies in this tier?
        rule(group("authorization.k8s.io"), strings("subjectaccessreviews"), "create"),
        rule(group("projectcalico.org"), strings("tiers"), "get", "list", "watch")));
  }

  static Service service() {
    return new ServiceBuilder().withMetadata(K8s.namespaced(NAME))
        .withNewSpec().withSelector(K8s.map("k8s-app", NAME))
          .addNewPort().withPort(443).withTargetPort(new IntOrString(6443)).withProtocol("TCP").endPort()
          .withType("ClusterIP")
        .endSpec().build();
  }

  static Deployment deployment(Config c) {
    return new DeploymentBuilder()
        .withMetadata(K8s.namespaced(NAME, NAME))
        .withNewSpec()
          .withReplicas(1)
          .withSelector(K8s.app(NAME))
          // Never fewer than one serving replica: every policy write goes through it.
          .withNewStrategy().withType("RollingUpdate").withNewRollingUpdate().withMaxSurge(new IntOrString(1))
            .withMaxUnavailable(new IntOrString(0)).endRollingUpdate().endStrategy()
          .withNewTemplate()
            .withNewMetadata().withLabels(K8s.map("k8s-app", NAME)).endMetadata()
            .withNewSpec()
              .withServiceAccountName(NAME)
              .withNodeSelector(K8s.map("kubernetes.io/os", "linux"))
              .withTolerations(K8s.tolerate("node-role.kubernetes.io/master", null, "NoSchedule"),
                  K8s.tolerate("node-role.kubernetes.io/control-plane", null, "NoSchedule"))
              .addNewContainer()
                .withName(NAME).withImage(c.image(Component.WEBHOOKS)).withImagePullPolicy(c.pullPolicy())
                .withArgs("webhook", "--tls-cert-file=/certs/tls.crt", "--tls-private-key-file=/certs/tls.key")
                .addNewPort().withContainerPort(6443).withProtocol("TCP").endPort()
                .withNewReadinessProbe().withNewHttpGet().withPath("/readyz").withPort(new IntOrString(6443))
                  .withScheme("HTTPS").endHttpGet().withPeriodSeconds(10).withTimeoutSeconds(5).endReadinessProbe()
                .withNewSecurityContext().withRunAsUser(10001L).withRunAsGroup(10001L).withRunAsNonRoot(true)
                  .withAllowPrivilegeEscalation(false).withPrivileged(false)
                  .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                  .withNewCapabilities().withDrop("ALL").endCapabilities()
                .endSecurityContext()
                .withVolumeMounts(K8s.mount("/certs", "certs", true))
              .endContainer()
              // The serving certificate is the user's to provide (cert-manager or by hand).
              .addNewVolume().withName("certs").withNewSecret().withSecretName("calico-webhooks-tls").endSecret().endVolume()
            .endSpec()
          .endTemplate()
        .endSpec()
        .build();
  }

  private static MatchResources policies(List<String> resources, boolean operations) {
    return new MatchResourcesBuilder().withResourceRules(new NamedRuleWithOperationsBuilder()
        .withApiGroups("projectcalico.org").withApiVersions("v3").withOperations("CREATE", "UPDATE")
        .withResources(resources).build()).build();
  }

  private static Mutation jsonPatch(String expression) {
    return new MutationBuilder().withPatchType("JSONPatch").withNewJsonPatch().withExpression(expression)
        .endJsonPatch().build();
  }

  /** Policies written without types get Calico's defaults: Ingress, plus Egress when egress rules exist. */
  static MutatingAdmissionPolicy policyTypes() {
    return new MutatingAdmissionPolicyBuilder()
        .withNewMetadata().withName("policytypes.policy.projectcalico.org").endMetadata()
        .withNewSpec()
          .withNewParamKind().withKind("NetworkPolicy").withApiVersion("projectcalico.org/v3").endParamKind()
          .addNewMatchCondition().withName("missing-types")
            .withExpression("!has(object.spec.types) && !has(object.spec.policyTypes)").endMatchCondition()
          .withMatchConstraints(policies(ALL_POLICIES, true))
          .withFailurePolicy("Fail")
          .withReinvocationPolicy("IfNeeded")
          .withVariables(
              new VariableBuilder().withName("defaultTypes").withExpression("""
                  (has(object.spec.ingress) && has(object.spec.egress)) ? ["Ingress", "Egress"] :
                  has(object.spec.egress) ? ["Egress"] : ["Ingress"]
                  """).build(),
              // Kubernetes-format policies with egress rules always list Ingress too, as Kubernetes does.
              new VariableBuilder().withName("defaultKubeTypes").withExpression("""
                  (has(object.spec.ingress) && has(object.spec.egress)) ? ["Ingress", "Egress"] :
                  has(object.spec.egress) ? ["Ingress", "Egress"] : ["Ingress"]
                  """).build())
          .withMutations(jsonPatch("""
              [
                JSONPatch{
                  op: "add",
                  path: object.kind == "StagedKubernetesNetworkPolicy" ? "/spec/policyTypes" : "/spec/types",
                  value: object.kind == "StagedKubernetesNetworkPolicy" ? variables.defaultKubeTypes : variables.defaultTypes
                }
              ]
              """))
        .endSpec()
        .build();
  }

  /** Policies get their tier set (default: "default") and labelled with it, for selection by tier. */
  static MutatingAdmissionPolicy tierLabel() {
    return new MutatingAdmissionPolicyBuilder()
        .withNewMetadata().withName("tierlabel.policy.projectcalico.org").endMetadata()
        .withNewSpec()
          .withMatchConstraints(policies(TIERED, true))
          .withFailurePolicy("Fail")
          .withReinvocationPolicy("IfNeeded")
          .withVariables(new VariableBuilder().withName("tierValue").withExpression("""
              has(object.spec.tier) && object.spec.tier != "" ? object.spec.tier : "default"
              """).build())
          .withMutations(
              jsonPatch("""
                  !has(object.spec.tier) || object.spec.tier == "" ?
                    [JSONPatch{op: "add", path: "/spec/tier", value: variables.tierValue}] :
                    []
                  """),
              jsonPatch("""
                  has(object.metadata.labels) ?
                    [JSONPatch{op: "add", path: "/metadata/labels/projectcalico.org~1tier", value: variables.tierValue}] :
                    [
                      JSONPatch{op: "add", path: "/metadata/labels", value: {}},
                      JSONPatch{op: "add", path: "/metadata/labels/projectcalico.org~1tier", value: variables.tierValue}
                    ]
                  """))
        .endSpec()
        .build();
  }

  static MutatingAdmissionPolicyBinding binding(String name, String policy, List<String> resources) {
    return new MutatingAdmissionPolicyBindingBuilder()
        .withNewMetadata().withName(name).endMetadata()
        .withNewSpec().withPolicyName(policy).withMatchResources(policies(resources, true)).endSpec()
        .build();
  }

  static MutatingAdmissionPolicyBinding policyTypesBinding() {
    return binding("set-policytypes-binding", "policytypes.policy.projectcalico.org", ALL_POLICIES);
  }

  static MutatingAdmissionPolicyBinding tierLabelBinding() {
    return binding("set-tier-label-binding", "tierlabel.policy.projectcalico.org", TIERED);
  }

  private static final String PROTECT = "protect-builtin-tiers.projectcalico.org";

  /** v3.32.1 on: an admission policy keeps the tiers Calico creates from being deleted. */
  static boolean protectsBuiltInTiers(Config c) {
    return c.version.atLeast(dev.calicokit.model.schema.Release.V3_32, 1);
  }

  /** The tiers Calico creates itself cannot be deleted. */
  static ValidatingAdmissionPolicy protectTiers() {
    return new ValidatingAdmissionPolicyBuilder()
        .withNewMetadata().withName(PROTECT).endMetadata()
        .withNewSpec()
          .withFailurePolicy("Fail")
          .withNewMatchConstraints().addNewResourceRule().withApiGroups("projectcalico.org").withApiVersions("v3")
            .withResources("tiers").withOperations("DELETE").endResourceRule().endMatchConstraints()
          .addNewValidation()
            .withExpression("!(oldObject.metadata.name in ['default', 'kube-admin', 'kube-baseline'])")
            .withMessageExpression("'The built-in tier ' + oldObject.metadata.name + ' cannot be deleted'")
          .endValidation()
        .endSpec()
        .build();
  }

  static ValidatingAdmissionPolicyBinding protectTiersBinding() {
    return new ValidatingAdmissionPolicyBindingBuilder()
        .withNewMetadata().withName(PROTECT).endMetadata()
        .withNewSpec().withPolicyName(PROTECT).withValidationActions("Deny").endSpec()
        .build();
  }

  /** The webhook enforcing tiered RBAC on every policy write; its CA bundle is the user's to fill in. */
  static ValidatingWebhookConfiguration validating() {
    return new ValidatingWebhookConfigurationBuilder()
        .withNewMetadata().withName(NAME).endMetadata()
        .addNewWebhook()
          .withName("tiered-rbac.projectcalico.org")
          .withAdmissionReviewVersions("v1")
          .withNewClientConfig().withCaBundle("")
            .withNewService().withName(NAME).withNamespace(K8s.NAMESPACE).withPath("/rbac").endService()
          .endClientConfig()
          .withFailurePolicy("Fail")
          .withSideEffects("None")
          .withTimeoutSeconds(5)
          .addNewRule().withApiGroups("projectcalico.org").withApiVersions("v3")
            .withOperations("CREATE", "UPDATE", "DELETE").withResources(ALL_POLICIES).endRule()
        .endWebhook()
        .build();
  }
}
