package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.schemas.OfficialManifests;
import dev.calicokit.model.schema.CrdGenerator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the rules of one release share: the release, the user's cluster facts, the official manifests
 * the validator was given, and a cache for what is costly to build (CRDs, compiled schemas, CEL
 * programs, RBAC baselines), built once and reused by every validation.
 */
public final class ValidationContext {
  private final CalicoRelease release;
  private final Optional<String> clusterCidr;
  private final Optional<OfficialManifests> officialManifests;
  private final Map<Object, Object> cache = new ConcurrentHashMap<>();

  /**
   * A context for {@code release}; {@code clusterCidr} is the cluster's pod CIDR when the user gave one,
   * {@code officialManifests} the RBAC baseline when the user gave one.
   */
  public ValidationContext(CalicoRelease release, Optional<String> clusterCidr, Optional<OfficialManifests> officialManifests) {
    this.release = release;
    this.clusterCidr = clusterCidr;
    this.officialManifests = officialManifests;
  }

  /** The patch release whose rules apply. */
  public CalicoRelease release() {
    return release;
  }

  /** The cluster's pod CIDR, when the user gave one. */
  public Optional<String> clusterCidr() {
    return clusterCidr;
  }

  /** Calico's official manifests, when the validator was given them. */
  public Optional<OfficialManifests> officialManifests() {
    return officialManifests;
  }

  /**
   * The value cached under {@code key}, built by {@code build} the first time. Keys must have value
   * equality (records work well) and be unique to their rule.
   */
  @SuppressWarnings("unchecked")
  public <T> T cached(Object key, Supplier<T> build) {
    Object found = cache.get(key);
    if (found == null) {
      found = build.get();
      Object raced = cache.putIfAbsent(key, found);
      if (raced != null) {
        found = raced;
      }
    }
    return (T) found;
  }

  private record CrdKey(ApiGroup group, Class<?> kind) {}

  /** The CRD of a kind in a group for this release, generated from the model; empty where none exists. */
  public Optional<JsonNode> crd(ApiGroup group, Class<? extends CalicoResource> kind) {
    return cached(new CrdKey(group, kind), () -> CrdGenerator.forRelease(group, release).generate(kind));
  }
}
