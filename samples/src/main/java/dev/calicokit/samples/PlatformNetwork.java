package dev.calicokit.samples;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.builders.Preset;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.manifest.Manifest;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands for a user's own infrastructure code: it decides the network of each environment and the shop
 * application with its policies. Its test ({@code PlatformNetworkTest}) shows how to unit-test such code
 * with JUnit: build the manifest, validate it, assert on typed values, and assert on what the policies
 * allow with calico-testing's assertions.
 */
public final class PlatformNetwork {
  /** The environments this platform runs. */
  public enum Environment { DEV, PROD }

  private PlatformNetwork() {}

  /** The Calico manifest of an environment: production runs Typha and cross-subnet IP-in-IP. */
  public static Manifest manifestFor(Environment env) {
    CalicoManifest.Builder b = CalicoManifest.builder().version("v3.31.7");
    if (env == Environment.PROD) {
      return b.preset(Preset.CALICO_TYPHA).typhaReplicas(3)
          .ipv4PoolCidr("10.32.0.0/12").ipipMode(EncapsulationMode.CROSS_SUBNET).build();
    }
    return b.preset(Preset.CALICO_VXLAN).ipv4PoolCidr("10.200.0.0/16").build();
  }

  /**
   * The shop application as the platform deploys it: frontend, backend (serving on its named port
   * {@code http}, 8080) and database in {@code shop}, the cluster DNS in {@code kube-system}, and the
   * policies of {@link PolicySet}.
   */
  public static Manifest shop() {
    List<Object> resources = new ArrayList<>();
    resources.add(deployment("shop", "frontend", "app", "frontend", null, 0));
    resources.add(deployment("shop", "backend", "app", "backend", "http", 8080));
    resources.add(deployment("shop", "database", "app", "database", "postgres", 5432));
    resources.add(deployment("kube-system", "coredns", "k8s-app", "kube-dns", "dns", 53));
    resources.addAll(PolicySet.policies());
    return Manifest.of(resources);
  }

  private static Deployment deployment(String namespace, String name, String labelKey, String labelValue, String portName,
      int port) {
    DeploymentBuilder b = new DeploymentBuilder();
    b.withNewMetadata().withNamespace(namespace).withName(name).endMetadata()
        .withNewSpec().withNewTemplate().withNewMetadata().addToLabels(labelKey, labelValue).endMetadata()
        .withNewSpec().addNewContainer().withName(name).withImage("registry.example.com/" + name + ":1")
        .addAllToPorts(portName == null ? List.of() : List.of(new io.fabric8.kubernetes.api.model.ContainerPortBuilder()
            .withName(portName).withContainerPort(port).build()))
        .endContainer().endSpec().endTemplate().endSpec();
    return b.build();
  }
}
