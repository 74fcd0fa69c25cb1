package dev.calicokit.model.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A kind that calicoctl and the Calico API server serve under {@code projectcalico.org/v3} although no
 * CRD holds it (Node, WorkloadEndpoint, Profile: with the Kubernetes datastore Calico keeps them in the
 * Kubernetes Node, the pod, the namespace). Such a kind has no {@code crd.projectcalico.org/v1} form and
 * no CRD schema; the validator judges it by the model's types and Calico's own rules.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithoutCrd {
  /** Whether the kind's objects live in a namespace. */
  boolean namespaced();
}
