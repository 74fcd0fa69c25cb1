/**
 * What a set of Calico and Kubernetes network policies allows, decided offline as Felix decides it:
 * {@link dev.calicokit.policy.Cluster} reads the inputs, {@link dev.calicokit.policy.Cluster#evaluate}
 * gives a {@link dev.calicokit.policy.Verdict} naming what decided it, and
 * {@link dev.calicokit.policy.Cluster#connectivity()} lists every allowed connection in np-guard's format.
 */
package dev.calicokit.policy;
