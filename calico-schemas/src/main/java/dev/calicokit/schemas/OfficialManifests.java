package dev.calicokit.schemas;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.CalicoRelease;
import java.util.Optional;

/**
 * Calico's official manifests, the baseline of the validator's RBAC check: every grant the official
 * manifest of a release and variant gives calico-node, calico-kube-controllers and Typha must still be
 * given by the manifest under validation. The library itself holds no copy of Calico's files; a
 * validator has a baseline only when it is given one ({@link Validator#withOfficialManifests}), so that
 * its findings never depend on what else is on the class path. calico-builders renders the official
 * manifests from code: {@code validator.withOfficialManifests(CalicoManifest::official)}. Without a
 * baseline the validator reports an {@code info} finding {@code manifest.rbac-baseline-unavailable}.
 */
@FunctionalInterface
public interface OfficialManifests {
  /**
   * The official manifest of {@code release} (a patch release, as it shipped) in the given variant, when this provider has it. Variants
   * are named as Calico names its manifest files: {@code calico}, {@code calico-vxlan},
   * {@code calico-typha}, {@code calico-policy-only}, {@code calico-bpf}, {@code calico-etcd},
   * {@code calico-v3-crds} (the projectcalico.org/v3 kinds installed as CRDs),
   * {@code canal}, {@code canal-etcd}.
   */
  Optional<Manifest> official(CalicoRelease release, String variant);
}
