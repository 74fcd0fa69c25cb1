package dev.calicokit.model;

/**
 * A resource of one of the kinds this model types: the Calico kinds (under projectcalico.org/v3 or
 * crd.projectcalico.org/v1) and the Kubernetes network-policy kinds that Calico ships CRDs for.
 */
public interface CalicoResource extends HasUnknownFields {
  /** The apiVersion, such as {@code projectcalico.org/v3}. */
  String apiVersion();

  /** The kind, such as {@code IPPool}. */
  String kind();

  /** Name, namespace, labels and the other standard metadata. */
  ObjectMeta metadata();
}
