package dev.calicokit.model.diff;

import dev.calicokit.model.manifest.ManifestDocument;
import java.util.Objects;

/**
 * What identifies a document across two manifests, as {@code kubectl apply} matches them: API version,
 * kind, namespace and name. A missing namespace or name is the empty text.
 */
public record DocumentKey(String apiVersion, String kind, String namespace, String name) {
  public DocumentKey {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /** The key of a document. */
  public static DocumentKey of(ManifestDocument d) {
    return new DocumentKey(d.apiVersion(), d.kind(), d.namespace().orElse(""), d.name().orElse(""));
  }

  /** {@code apps/v1 DaemonSet kube-system/calico-node}. */
  @Override
  public String toString() {
    return apiVersion + " " + kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }
}
