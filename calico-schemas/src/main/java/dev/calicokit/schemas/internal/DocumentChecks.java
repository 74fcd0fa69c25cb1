package dev.calicokit.schemas.internal;

import dev.calicokit.schemas.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The document rules of each document of a stream, run on other cores while the next documents are
 * read, and handed back in document order. Reading YAML and judging documents take about the same
 * time, so a second core nearly halves a large validation.
 *
 * <ul>
 *   <li>Documents are handed over in batches of {@link #BATCH}, so that a thread is woken once per
 *       batch, not once per document.
 *   <li>At most {@link #LAG} documents, of at most {@link #LAG_CHARS} characters of text in all, are
 *       being judged at a time, which bounds the memory their trees hold (and the text kept to locate
 *       their findings): a stream of large documents has few in flight. A reader that gets that far ahead judges batches
 *       not yet started itself while it waits, so neither core idles.
 *   <li>The first {@link #INLINE} documents of a stream are judged on the caller's thread, so that a
 *       single resource or a short manifest never waits for a hand-over; so is every document where
 *       the common pool has no thread to spare, or where the system property {@value #PROPERTY} is
 *       {@code false}.
 * </ul>
 */
public final class DocumentChecks {
  /** The system property that turns judging on other threads off ({@code -Dcalicokit.parallel=false}). */
  public static final String PROPERTY = "calicokit.parallel";
  static final int BATCH = 32;
  static final int LAG = 128;
  static final long LAG_CHARS = 256 * 1024;
  static final int INLINE = 1;

  /** A document's findings, once judged. */
  public record Checked(int index, List<Finding> findings) {}

  /** Documents judged together, by whichever thread claims them first. */
  private static final class Batch {
    final List<Integer> indexes = new ArrayList<>(BATCH);
    final List<Long> sizes = new ArrayList<>(BATCH);
    final List<Supplier<List<Finding>>> checks = new ArrayList<>(BATCH);
    final List<Object> results = new ArrayList<>(BATCH); // each document's findings, or what its rules threw
    final AtomicBoolean claimed = new AtomicBoolean();
    final CountDownLatch done = new CountDownLatch(1);
    int taken; // documents handed back so far

    void tryRun() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        for (Supplier<List<Finding>> check : checks) {
          try {
            results.add(check.get());
          } catch (RuntimeException | Error e) {
            results.add(e); // thrown when this document's turn comes, as on the caller's thread
          }
        }
      } finally {
        done.countDown();
      }
    }
  }

  private final boolean parallel = enabled();
  private final ArrayDeque<Batch> pending = new ArrayDeque<>(); // handed over, or (the last) still filling
  private Batch filling;
  private int documents; // submitted, and not yet taken
  private long chars; // their text
  private int submitted;

  /**
   * Whether the validator may work on other threads: there is more than one core and the system
   * property does not say no (the same property turns calico-model's parallel reading off).
   */
  public static boolean enabled() {
    return !"false".equals(System.getProperty(PROPERTY)) && Runtime.getRuntime().availableProcessors() > 1;
  }

  /** Starts judging document {@code index}, of {@code size} characters of text: {@code check} gives its findings. */
  public void submit(int index, long size, Supplier<List<Finding>> check) {
    if (filling == null) {
      filling = new Batch();
      pending.add(filling);
    }
    filling.indexes.add(index);
    filling.checks.add(check);
    filling.sizes.add(size);
    documents++;
    chars += size;
    if (!parallel || submitted++ < INLINE) {
      filling.tryRun(); // a batch of one, judged now
      filling = null;
    } else if (filling.checks.size() == BATCH) {
      Batch handed = filling;
      filling = null;
      ForkJoinPool.commonPool().execute(handed::tryRun);
    }
  }

  /** Whether as many documents are being judged as may be: the oldest must be taken first. */
  public boolean full() {
    return documents >= LAG || chars >= LAG_CHARS && documents > 1;
  }

  public boolean isEmpty() {
    return documents == 0;
  }

  /** The index of the oldest document not yet taken. */
  public int oldest() {
    Batch head = pending.getFirst();
    return head.indexes.get(head.taken);
  }

  /**
   * The oldest document's findings, waited for; a rule that failed on it fails here, as it would
   * have on the caller's thread.
   */
  public Checked next() {
    Batch head = pending.getFirst();
    if (head == filling) {
      filling = null; // the last documents of the stream: judged here
    }
    while (head.done.getCount() > 0) {
      if (!helpWith(head)) {
        await(head);
      }
    }
    int at = head.taken++;
    documents--;
    chars -= head.sizes.get(at);
    if (head.taken == head.indexes.size()) {
      pending.removeFirst();
    }
    Object result = head.results.get(at);
    if (result instanceof RuntimeException e) {
      throw e;
    }
    if (result instanceof Error e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    List<Finding> findings = (List<Finding>) result;
    return new Checked(head.indexes.get(at), findings);
  }

  /** Judges the newest batch no thread has started (or {@code head} itself); false when there is none. */
  private boolean helpWith(Batch head) {
    for (Iterator<Batch> it = pending.descendingIterator(); it.hasNext(); ) {
      Batch b = it.next();
      if (b != filling && !b.claimed.get()) {
        b.tryRun();
        return true;
      }
    }
    head.tryRun();
    return head.done.getCount() == 0;
  }

  private static void await(Batch b) {
    try {
      b.done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted while documents were judged");
    }
  }
}
