package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.calicokit.model.schema.CalicoRelease;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The context's cache: built once, waited for when built elsewhere, failures not kept. */
class ValidationContextTest {
  private static ValidationContext context() {
    return new ValidationContext(CalicoRelease.latest(), Optional.empty(), Optional.empty());
  }

  @Test
  void aValueIsBuiltOnce() {
    ValidationContext context = context();
    AtomicInteger builds = new AtomicInteger();
    assertThat(context.<Integer>cached("key", builds::incrementAndGet)).isEqualTo(1);
    assertThat(context.<Integer>cached("key", builds::incrementAndGet)).isEqualTo(1);
    assertThat(builds).hasValue(1);
  }

  @Test
  void aValueBeingPrefetchedIsWaitedForNotBuiltAgain() throws InterruptedException {
    assumeTrue(DocumentChecks.enabled(), "one core, or -Dcalicokit.parallel=false: nothing is prefetched");
    ValidationContext context = context();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    context.prefetch("key", () -> {
      started.countDown();
      await(release);
      return "prefetched";
    });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    new Thread(release::countDown).start();
    assertThat(context.<String>cached("key", () -> "built here")).isEqualTo("prefetched");
    // A second prefetch of a cached key does nothing.
    context.prefetch("key", () -> "again");
    assertThat(context.<String>cached("key", () -> "built here")).isEqualTo("prefetched");
  }

  @Test
  void aFailedPrefetchIsBuiltAgainByTheCaller() throws InterruptedException {
    assumeTrue(DocumentChecks.enabled(), "one core, or -Dcalicokit.parallel=false: nothing is prefetched");
    ValidationContext context = context();
    CountDownLatch failed = new CountDownLatch(1);
    context.prefetch("key", () -> {
      failed.countDown();
      throw new IllegalStateException("prefetch failed");
    });
    assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(context.<String>cached("key", () -> "built here")).isEqualTo("built here");
  }

  @Test
  void aFailedBuildReachesItsCallerAndIsNotKept() {
    ValidationContext context = context();
    assertThatThrownBy(() -> context.cached("key", () -> {
      throw new IllegalArgumentException("no such thing");
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("no such thing");
    assertThat(context.<String>cached("key", () -> "now it works")).isEqualTo("now it works");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
