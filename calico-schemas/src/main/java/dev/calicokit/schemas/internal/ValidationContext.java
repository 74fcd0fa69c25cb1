package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.schemas.OfficialManifests;
import dev.calicokit.model.schema.CrdGenerator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private final AtomicBoolean prepared = new AtomicBoolean();

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
   * equality (records work well) and be unique to their rule. A value being built on another thread
   * (by {@link #prefetch}, or a validation running beside this one) is waited for, not built twice; a
   * build that failed is not kept, so the next caller builds it again and sees the failure itself.
   */
  @SuppressWarnings("unchecked")
  public <T> T cached(Object key, Supplier<T> build) {
    while (true) {
      FutureTask<Object> mine = new FutureTask<>(build::get);
      Object found = cache.putIfAbsent(key, mine);
      FutureTask<Object> task = found == null ? mine : (FutureTask<Object>) found;
      if (task == mine) {
        mine.run();
      }
      try {
        return (T) task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while waiting for " + key);
      } catch (ExecutionException e) {
        cache.remove(key, task);
        if (task == mine) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        }
        // Another thread's build failed: build it here, where a failure reaches the caller.
      }
    }
  }

  /** True the first time only: the rules prepare their inputs once per context, not per manifest. */
  public boolean firstPreparation() {
    return prepared.compareAndSet(false, true);
  }

  /**
   * Starts building the value of {@code key} on a thread of its own, unless it is cached or being
   * built, so that a later {@link #cached} call finds it ready: for inputs that a validation will
   * probably need and that cost much the first time (classes loaded, code not yet compiled), which a
   * second core can build while the first reads the manifest. Nothing where the validator keeps to the
   * caller's thread ({@link DocumentChecks#enabled}).
   */
  public void prefetch(Object key, Supplier<?> build) {
    if (!DocumentChecks.enabled()) {
      return; // the caller builds it when it is needed
    }
    // The key is placed by the new thread too: the first hash of a record (most keys are) costs some
    // milliseconds on a short run, better spent there. A caller that comes first builds it itself.
    Thread thread = new Thread(() -> {
      FutureTask<Object> task = new FutureTask<>(build::get);
      if (cache.putIfAbsent(key, task) == null) {
        task.run();
      }
    }, "calicokit-prefetch");
    thread.setDaemon(true); // never keeps a JVM alive that is done with its work
    thread.start();
  }

  private record CrdKey(ApiGroup group, Class<?> kind) {}

  /** The CRD of a kind in a group for this release, generated from the model; empty where none exists. */
  public Optional<JsonNode> crd(ApiGroup group, Class<? extends CalicoResource> kind) {
    return cached(new CrdKey(group, kind), () -> CrdGenerator.forRelease(group, release).generate(kind));
  }
}
