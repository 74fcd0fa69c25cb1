package dev.calicokit.model.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Independent steps of reading and writing a large manifest, run on the cores there are: each
 * document's typing and writing beside the others'. A short command spends
 * most of its time in these steps with a cold JVM, and a second core halves them. The results are
 * the same as one thread's, in the same order, and so is the failure: the one of the first item that
 * fails, as it was thrown. Small inputs stay on the caller's thread, where handing work over costs more
 * than it saves.
 */
public final class ParallelWork {
  /** Below this many characters of input, everything runs on the caller's thread. */
  public static final int FROM_CHARACTERS = 32 * 1024;

  /** The system property that keeps all of the library's work on the caller's thread: {@code -Dcalicokit.parallel=false}. */
  public static final String PROPERTY = "calicokit.parallel";

  private ParallelWork() {}

  /** Whether work may go to other threads: there is more than one core, and the property does not say no. */
  public static boolean enabled() {
    return !"false".equals(System.getProperty(PROPERTY)) && Runtime.getRuntime().availableProcessors() > 1;
  }

  /** {@code f} of every item, in order; the first failing item's exception when any fails. */
  public static <T, R> List<R> map(List<T> items, boolean parallel, Function<? super T, ? extends R> f) {
    if (!parallel || items.size() < 2 || !enabled()) {
      List<R> out = new ArrayList<>(items.size());
      for (T item : items) {
        out.add(f.apply(item));
      }
      return out;
    }
    Object[] results = new Object[items.size()];
    RuntimeException[] failures = new RuntimeException[items.size()];
    IntStream.range(0, items.size()).parallel().forEach(i -> {
      try {
        results[i] = f.apply(items.get(i));
      } catch (RuntimeException e) {
        failures[i] = e;
      }
    });
    for (RuntimeException e : failures) {
      if (e != null) {
        throw e;
      }
    }
    @SuppressWarnings("unchecked")
    List<R> out = (List<R>) Arrays.asList(results);
    return out;
  }
}
