package dev.calicokit.schemas.spi;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.Release;
import java.util.Optional;

/**
 * Supplies Calico's official manifests to the validator, which compares the RBAC grants of a manifest
 * with those of the official one of the same release and variant. The library itself holds no copy of
 * Calico's files: register an implementation with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/dev.calicokit.schemas.spi.OfficialManifests} file) to enable the check.
 * Without one the validator reports an {@code info} finding {@code manifest.rbac-baseline-unavailable}.
 */
public interface OfficialManifests {
  /**
   * The official manifest of {@code release} in the given variant, when this provider has it. Variants
   * are named as Calico names its manifest files: {@code calico}, {@code calico-vxlan},
   * {@code calico-typha}, {@code calico-policy-only}, {@code calico-bpf}, {@code calico-etcd},
   * {@code calico-v3-crds} (the projectcalico.org/v3 kinds installed as CRDs),
   * {@code canal}, {@code canal-etcd}.
   */
  Optional<Manifest> official(Release release, String variant);
}
