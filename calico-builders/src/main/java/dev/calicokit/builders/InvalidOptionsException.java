package dev.calicokit.builders;

import java.util.List;

/**
 * Options or chart values that cannot make a manifest: options that contradict each other, an
 * unsupported version or preset, an unknown key (named with the closest known one), a value out of
 * range. {@link #problems()} lists each problem on its own, saying what is wrong and why; the message
 * joins them. It is an {@link IllegalArgumentException}, so callers that already catch that keep working.
 */
public final class InvalidOptionsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** One problem. */
  public InvalidOptionsException(String problem) {
    this(problem, List.of(problem), null);
  }

  /** One problem, found through another exception. */
  public InvalidOptionsException(String problem, Throwable cause) {
    this(problem, List.of(problem), cause);
  }

  /** Several problems found together, under a heading such as "invalid manifest options". */
  public InvalidOptionsException(String heading, List<String> problems) {
    this(heading + ": " + String.join("; ", problems), problems, null);
  }

  private InvalidOptionsException(String message, List<String> problems, Throwable cause) {
    super(message, cause);
    this.problems = List.copyOf(problems);
  }

  /** Each problem, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
