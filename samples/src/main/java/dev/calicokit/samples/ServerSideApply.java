package dev.calicokit.samples;

import dev.calicokit.model.manifest.Manifest;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Applies a manifest to the cluster of the current kubeconfig context with fabric8's client, by
 * server-side apply: the README's snippet, which shows the lines between the two {@code README}
 * comments below ({@code ServerSideApplyTest} checks it). Apply the CRDs first and wait until they are
 * established; {@code projectcalico.org/v3} resources need Calico's API server or, from v3.32, its v3
 * CRDs. fabric8's client is the user's dependency ({@code io.fabric8:kubernetes-client} 8.x), so it is
 * not inside calicokit-samples.jar.
 * Run: {@code java -cp calicokit-samples.jar:FABRIC8_CLIENT_JARS dev.calicokit.samples.ServerSideApply calico.yaml}.
 */
public final class ServerSideApply {
  private ServerSideApply() {}

  /** Applies every document of the manifest, as field manager {@code calicokit}, taking over conflicting fields. */
  public static void apply(Manifest manifest) {
    // README: server-side apply, from here
    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
      for (HasMetadata item : manifest.toKubernetesList().getItems()) {   // Calico kinds as generic resources
        client.resource(item).fieldManager("calicokit").forceConflicts().serverSideApply();
      }
    }
    // README: server-side apply, to here
  }

  /** Reads {@code args[0]} and applies it. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ServerSideApply CALICO_YAML");
      return;
    }
    apply(Manifest.read(Files.readAllBytes(Paths.get(args[0]))));
  }
}
