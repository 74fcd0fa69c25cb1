/**
 * The CEL layer of validation: the {@code x-kubernetes-validations} rules of Calico's CRDs, evaluated
 * offline with cel-java on documents bound as the API server binds them, with the Kubernetes CEL library
 * functions the rules may use. Entry point: {@link dev.calicokit.schemas.internal.cel.CelRule}.
 */
package dev.calicokit.schemas.internal.cel;
